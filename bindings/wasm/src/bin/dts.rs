//! Prints the TypeScript declarations of the wire types (see `returnkit_wasm::typegen`), or
//! writes them to the file named by the first argument.

fn main() -> std::io::Result<()> {
    let text = returnkit_wasm::typegen::declarations();
    match std::env::args_os().nth(1) {
        Some(path) => std::fs::write(path, text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}
