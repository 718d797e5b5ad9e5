#!/usr/bin/env bash
# Builds the libFuzzer harnesses with swiftc (SwiftPM renames executables' main, which
# libFuzzer needs): SheetNative and Spreadsheet as instrumented static modules, then one
# binary per harness. Output: Fuzz/.build/fuzz-<name>.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fuzz/.build
mkdir -p "$out"
san="-sanitize=fuzzer,address"
xcc=()
for f in $(pkg-config --cflags-only-I libxml-2.0 zlib); do xcc+=(-Xcc "$f"); done
common=(-O -g -parse-as-library -package-name thidua -enable-testing $san
        -I Sources/CLibXML2 -I Sources/CZlib -I Sources/CSheetSystem "${xcc[@]}" -I "$out")

mapfile -t native < <(find Sources/SheetNative -name '*.swift' | sort)
swiftc "${common[@]}" -module-name SheetNative -emit-module -emit-module-path "$out/SheetNative.swiftmodule" \
  -emit-library -static -o "$out/libSheetNative.a" "${native[@]}"
mapfile -t spreadsheet < <(find Sources/Spreadsheet -name '*.swift' | sort)
swiftc "${common[@]}" -module-name Spreadsheet -emit-module -emit-module-path "$out/Spreadsheet.swiftmodule" \
  -emit-library -static -o "$out/libSpreadsheet.a" "${spreadsheet[@]}"
crypto=()
if [[ -d Sources/ThiduaKit ]] && [[ -f Fuzz/Harnesses/FuzzSchema.swift ]]; then
  # ThiduaKit hashes with swift-crypto: SwiftPM builds it (uninstrumented, like any
  # dependency; .ci/run has built it already), and only its two Swift modules are put
  # where swiftc looks, so SwiftPM's own copies of our modules are never picked up.
  swift build --target Crypto >"$out/crypto-build.log" 2>&1 || { tail -20 "$out/crypto-build.log"; exit 1; }
  bin=$(swift build --show-bin-path)
  mkdir -p "$out/crypto"
  for m in Crypto CryptoBoringWrapper; do ln -sfn "$bin/Modules/$m.swiftmodule" "$out/crypto/$m.swiftmodule"; done
  mapfile -t crypto < <(find "$bin/Crypto.build" "$bin/CryptoBoringWrapper.build" "$bin/CCryptoBoringSSL.build" \
                             "$bin/CCryptoBoringSSLShims.build" "$bin/CXKCP.build" "$bin/CXKCPShims.build" -name '*.o' | sort)
  mapfile -t kit < <(find Sources/ThiduaKit -name '*.swift' | sort)
  swiftc "${common[@]}" -I "$out/crypto" -module-name ThiduaKit -emit-module -emit-module-path "$out/ThiduaKit.swiftmodule" \
    -emit-library -static -o "$out/libThiduaKit.a" "${kit[@]}"
fi

for h in Fuzz/Harnesses/*.swift; do
  name=$(basename "$h" .swift)
  libs=("$out/libSpreadsheet.a" "$out/libSheetNative.a")
  extra=()
  [[ $name == FuzzSchema ]] && { libs=("$out/libThiduaKit.a" "${libs[@]}" "${crypto[@]}"); extra=(-I "$out/crypto"); }
  swiftc "${common[@]}" "${extra[@]}" -module-name "$name" "$h" "${libs[@]}" -lxml2 -lz -o "$out/${name}"
  echo "built $out/$name"
done
