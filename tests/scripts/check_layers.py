#!/usr/bin/env python3
"""Every include in app/<layer> names only that layer or one it links (app/CMakeLists.txt),
and none climbs with "..". The build enforces the same through the include path; this check
also reads the headers of a layer that no .cpp of it includes, and names the line."""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]
cmake = (root / "app" / "CMakeLists.txt").read_text()
deps = {}
for layer, rest in re.findall(r"^entente_layer\((\w+)\s+([^)]*)\)", cmake, re.M):
    deps[layer] = [d[len("entente_"):] for d in rest.split() if d.startswith("entente_")]

def closure(layer, seen=None):
    seen = set() if seen is None else seen
    if layer not in seen:
        seen.add(layer)
        for d in deps.get(layer, []):
            closure(d, seen)
    return seen

problems = []
for layer in deps:
    allowed = closure(layer)
    for f in sorted((root / "app" / layer).glob("*.[hc]*")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
            if not m:
                continue
            inc = m.group(1)
            where = f"{f.relative_to(root)}:{n}"
            if ".." in inc.split("/"):
                problems.append(f"{where}: '{inc}' climbs out of the layer with '..'")
            elif "/" in inc and inc.split("/")[0] not in allowed:
                problems.append(f"{where}: '{inc}' is not in {layer} or below it ({', '.join(sorted(allowed))})")
            elif "/" not in inc and not (f.parent / inc).exists():
                problems.append(f"{where}: '{inc}' is not a file of {layer}")
if len(deps) < 6:
    problems.append(f"app/CMakeLists.txt: expected the layer list, found {sorted(deps)}")
for p in problems:
    print(p)
print(f"{len(deps)} layers, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
