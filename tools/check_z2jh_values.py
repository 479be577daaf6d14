"""Check Zero to JupyterHub values files offline, the way Helm would see them.

Helm merges every ``--values`` file onto the chart's ``values.yaml`` (maps are merged key by
key, lists and scalars are replaced; a ``null`` removes the default) and validates the result
against the chart's ``values.schema``.  This tool does the same with the chart's own files
from ``../shared/reference/z2jh-4.4.0/`` (BSD-3-Clause, see its LICENSE; not copied here),
then compiles every ``hub.extraConfig`` snippet with :func:`compile`.

It cannot render the chart's templates or start anything: see docs/pelatih/server-kelas.md.

``--roster`` writes the allow-list overlay (``hub.config.Authenticator.allowed_users``) from a
roster CSV with a ``kode`` column (grader/roster_template.csv).

Usage::

    python tools/check_z2jh_values.py deploy/z2jh/values.yaml [deploy/z2jh/peserta.yaml ...]
    python tools/check_z2jh_values.py --roster grader/roster.csv --output deploy/z2jh/peserta.yaml
"""

from __future__ import annotations

import argparse
import copy
import csv
import re
import sys
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
CHART = ROOT.parent / "shared" / "reference" / "z2jh-4.4.0"
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class CheckError(Exception):
    """A problem the reader must fix; the message is Indonesian and says what to do."""


def load_yaml(path: Path) -> dict:
    """Read one YAML mapping with ``yaml.safe_load`` (an empty file is an empty mapping)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CheckError(f"Berkas {path} tidak ditemukan. Periksa jalurnya.") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CheckError(f"Berkas {path} bukan YAML yang sah: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CheckError(f"Berkas {path} harus berisi pemetaan (kunci: nilai) di tingkat teratas.")
    return data


def chart_files(chart: Path = CHART) -> tuple[dict, dict]:
    """The chart's default values and its schema; a clear error when the folder is missing."""
    values, schema = chart / "values.yaml", chart / "values.schema.yaml"
    if not values.is_file() or not schema.is_file():
        raise CheckError(
            f"Rujukan chart z2jh 4.4.0 tidak ditemukan di {chart} (perlu values.yaml dan "
            "values.schema.yaml). Letakkan folder shared/ di samping folder repositori ini."
        )
    return load_yaml(values), load_yaml(schema)


def helm_merge(base: dict, override: dict) -> dict:
    """Merge ``override`` onto ``base`` like Helm: maps deep-merged, anything else replaced.

    A ``null`` in the override deletes the key, as ``helm install -f`` does for chart defaults.
    """
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = helm_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def schema_errors(values: dict, schema: dict) -> list[str]:
    """Every schema violation as ``path: message`` lines, sorted by path."""
    validator = jsonschema.Draft7Validator(schema)
    lines = []
    for error in validator.iter_errors(values):
        where = ".".join(str(part) for part in error.absolute_path) or "(akar)"
        lines.append(f"{where}: {error.message}")
    return sorted(lines)


def extra_config_errors(values: dict) -> list[str]:
    """Compile every ``hub.extraConfig`` snippet; one line per snippet that does not compile."""
    snippets = (values.get("hub") or {}).get("extraConfig") or {}
    lines = []
    for name, source in sorted(snippets.items()):
        if not isinstance(source, str):
            lines.append(f"hub.extraConfig.{name}: harus berupa teks kode Python.")
            continue
        try:
            compile(source, f"hub.extraConfig.{name}", "exec")
        except SyntaxError as exc:
            lines.append(
                f"hub.extraConfig.{name}: kode Python tidak sah di baris {exc.lineno}: {exc.msg}"
            )
    return lines


def check(paths: list[Path], chart: Path = CHART) -> list[str]:
    """All problems of the given values files merged in order onto the chart's defaults."""
    defaults, schema = chart_files(chart)
    merged = defaults
    for path in paths:
        merged = helm_merge(merged, load_yaml(path))
    return schema_errors(merged, schema) + extra_config_errors(merged)


def roster_usernames(roster: Path) -> list[str]:
    """Hub usernames from a roster CSV: the ``kode`` column, lower-cased (JupyterHub's form)."""
    try:
        with roster.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise CheckError(f"Daftar peserta {roster} tidak ditemukan. Periksa jalurnya.") from None
    if not rows or "kode" not in rows[0]:
        raise CheckError(
            f"Daftar peserta {roster} harus punya kolom 'kode' (lihat grader/roster_template.csv)."
        )
    names: list[str] = []
    for number, row in enumerate(rows, start=2):
        name = (row.get("kode") or "").strip().lower()
        if not name:
            continue
        if not USERNAME.match(name):
            raise CheckError(
                f"Baris {number}: kode '{row['kode']}' tidak bisa dipakai sebagai nama pengguna "
                "(pakai huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi)."
            )
        if name in names:
            raise CheckError(f"Baris {number}: kode '{row['kode']}' muncul lebih dari sekali.")
        names.append(name)
    if not names:
        raise CheckError(f"Daftar peserta {roster} tidak berisi satu kode pun.")
    return names


def allow_list_overlay(names: list[str]) -> str:
    """The values overlay that lets exactly these participants log in."""
    header = (
        "# Dibuat oleh tools/check_z2jh_values.py --roster: jangan diubah dengan tangan.\n"
        "# Pakai bersama values.yaml: helm upgrade ... --values values.yaml --values peserta.yaml\n"
    )
    body = {"hub": {"config": {"Authenticator": {"allowed_users": names}}}}
    return header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Periksa berkas values Zero to JupyterHub 4.4 tanpa klaster (gabung + skema)."
    )
    parser.add_argument("values", nargs="*", type=Path, help="berkas values, urut seperti helm -f")
    parser.add_argument("--chart", type=Path, default=CHART, help="folder rujukan chart z2jh 4.4.0")
    parser.add_argument("--roster", type=Path, help="daftar peserta CSV (kolom kode)")
    parser.add_argument("--output", type=Path, help="tempat menulis overlay daftar peserta")
    args = parser.parse_args(argv)
    try:
        if args.roster:
            if not args.output:
                raise CheckError("Dengan --roster, isi juga --output (misalnya peserta.yaml).")
            names = roster_usernames(args.roster)
            args.output.write_text(allow_list_overlay(names), encoding="utf-8")
            print(f"{len(names)} peserta ditulis ke {args.output}.")
        if not args.values:
            if args.roster:
                return 0
            raise CheckError(
                "Sebutkan minimal satu berkas values, misalnya deploy/z2jh/values.yaml."
            )
        problems = check(args.values, args.chart)
    except CheckError as exc:
        print(f"GAGAL: {exc}", file=sys.stderr)
        return 2
    names = ", ".join(str(path) for path in args.values)
    if problems:
        print(f"GAGAL: {names} tidak lolos pemeriksaan chart z2jh 4.4.0:", file=sys.stderr)
        for line in problems:
            print(f"  - {line}", file=sys.stderr)
        return 1
    print(
        f"OK: {names} cocok dengan skema chart z2jh 4.4.0 setelah digabung dengan nilai bawaannya, "
        "dan semua kode hub.extraConfig dapat dikompilasi."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
