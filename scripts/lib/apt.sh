# Sourced by the test scripts that install Debian packages they miss (gcc, valgrind, php-cli,
# chromium, Java, ...): `apt_install PACKAGE...` installs quietly, as root or through sudo,
# refreshing the package lists once per script run.

apt_lists_updated=
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if [ -z "$apt_lists_updated" ]; then
    "${sudo[@]}" apt-get update -qq
    apt_lists_updated=1
  fi
  "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}
