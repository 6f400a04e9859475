//! Writes the compiled message catalog of every locale but English (which the WebAssembly
//! modules have built in) into a folder, as `<tag>.txt`: the package's `locales/`, which
//! `addCatalog` takes (docs/messages.md).

use returnkit::messages::{compiled_catalog, Locale};

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .ok_or_else(|| std::io::Error::other("usage: returnkit-wasm-locales DIR"))?;
    std::fs::create_dir_all(&dir)?;
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let json = compiled_catalog(locale)
            .ok_or_else(|| std::io::Error::other(format!("{} is not built in", locale.tag())))?;
        std::fs::write(format!("{dir}/{}.txt", locale.tag()), json)?;
    }
    Ok(())
}
