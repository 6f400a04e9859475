# Sourced by examples/spark/test.sh and bench.sh: makes what the Spark example runs on,
# installing what is missing. After `spark_env PROFILE` (debug or release):
#   SPARK_PY   the Python of target/spark-venv: pyspark, pyarrow and pandas as pinned in
#              examples/spark/requirements.txt, and the returnkit package built from this tree
#              in PROFILE (maturin; cargo reuses what an earlier build of the same profile left)
#   RETURNKIT  the `returnkit` command built in PROFILE
# Java 17 comes from apt (openjdk-17-jre-headless) when no java is on the PATH.

source scripts/lib/apt.sh

spark_env() {
  local profile=$1 root=$PWD
  local venv=$root/target/spark-venv
  local requirements=$root/examples/spark/requirements.txt

  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jre-headless
  local java_major
  java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  if [ "${java_major:-0}" -lt 17 ]; then
    echo "Spark 4 needs Java 17 or later; java -version says ${java_major:-nothing}" >&2
    return 1
  fi

  # The venv is rebuilt when the pins change: it keeps a copy of the requirements it has.
  if ! cmp -s "$requirements" "$venv/requirements.txt" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
  fi
  SPARK_PY=$venv/bin/python

  local flag=() cargo_profile=dev
  if [ "$profile" = release ]; then
    flag=(--release)
    cargo_profile=release
  fi
  cargo build --quiet --locked "${flag[@]}" -p returnkit-cli
  RETURNKIT=$root/target/$profile/returnkit

  # The package as a wheel of this tree, installed over whatever the venv had.
  local wheels=$root/target/spark-wheels/$profile
  rm -rf "$wheels"
  "$venv/bin/maturin" build --quiet --locked --profile "$cargo_profile" \
    -m "$root/bindings/python/Cargo.toml" --interpreter "$SPARK_PY" --out "$wheels" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps \
    "$wheels"/returnkit-*.whl
  # The workers run the same Python as the driver; local mode listens on loopback only,
  # without the web UI or the progress bar.
  export PYSPARK_PYTHON=$SPARK_PY PYSPARK_DRIVER_PYTHON=$SPARK_PY SPARK_LOCAL_IP=127.0.0.1
  export PYSPARK_SUBMIT_ARGS="--conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false pyspark-shell"
}
