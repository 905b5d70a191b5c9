#!/usr/bin/env python3
"""Checks procedures.csv and units.csv against docs/catalog-import-format.md.

Run from anywhere: python3 procedure-catalog/seed/validate_seed.py
Exit code 0 when every check passes, 1 otherwise; every problem is printed with its row and column.
This is a pre-commit sanity check of the seed files, not the catalog's importer (which has its own tests).
"""
import csv
import datetime
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROC_HEADERS = ["Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực", "Tên lĩnh vực", "Cấp thực hiện",
                "Thời hạn trực tiếp (ngày làm việc)", "Thời hạn trực tuyến (ngày làm việc)",
                "Thời hạn bưu chính (ngày làm việc)", "Phí, lệ phí", "Thành phần hồ sơ", "Đối tượng thực hiện",
                "Cơ quan thực hiện", "Phạm vi tiếp nhận", "Mã cơ quan giải quyết", "Kết quả thực hiện", "Căn cứ pháp lý", "Mức độ dịch vụ công trực tuyến",
                "Thiết yếu", "Ủy quyền", "Hiệu lực từ", "Hiệu lực đến", "Trạng thái"]
UNIT_HEADERS = ["Mã định danh", "Tên đơn vị", "Cấp", "Loại đơn vị", "Mã đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến"]
CODE = re.compile(r"^\d\.\d{6}(\.[0-9A-Z]+)?$")
UNIT_CODE = re.compile(r"^[0-9A-Z]+(\.[0-9A-Z]+)*$")
LEVELS = {"Tỉnh", "Huyện", "Xã"}
ONLINE = {"Toàn trình", "Một phần", "Không"}
RECEIVING = {"Tại đơn vị có thẩm quyền", "Mọi Trung tâm trong tỉnh", "Mọi xã trong tỉnh"}
KINDS = {"Chính quyền", "Trung tâm Phục vụ hành chính công", "Cơ quan chuyên môn"}
TODAY = datetime.date.today()

errors = []


def err(file, row, col, msg):
    errors.append(f"{file}:{row} [{col}] {msg}")


def read(path, headers):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(path.name, 1, "-", "starts with a UTF-8 BOM")
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows = list(reader)
    if rows[0] != headers:
        err(path.name, 1, "header", f"headers differ from the import format: {rows[0]}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(headers):
            err(path.name, i, "-", f"{len(r)} columns, expected {len(headers)}")
            continue
        out.append((i, dict(zip(headers, r))))
    return out


def date(file, row, col, value, required):
    if not value:
        if required:
            err(file, row, col, "missing date")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(file, row, col, f"not a yyyy-MM-dd date: {value!r}")
        return None


def days(file, row, col, value):
    if value == "":
        return None
    if not re.fullmatch(r"\d+", value) or int(value) <= 0 or int(value) > 365:
        err(file, row, col, f"working days must be a positive integer ≤ 365 or blank, got {value!r}")
        return None
    return int(value)


def check_procedures(units):
    f = "procedures.csv"
    rows = read(HERE / f, PROC_HEADERS)
    codes = Counter()
    field_names = {}
    stats = Counter()
    for i, r in rows:
        code = r["Mã thủ tục"]
        codes[code] += 1
        if not CODE.match(code):
            err(f, i, "Mã thủ tục", f"bad national code {code!r}")
        if not r["Tên thủ tục"].strip() or len(r["Tên thủ tục"]) > 1000:
            err(f, i, "Tên thủ tục", "empty or longer than 1000 characters")
        fc, fn = r["Mã lĩnh vực"], r["Tên lĩnh vực"]
        if not re.fullmatch(r"[A-Z0-9_]{1,20}", fc) or not fn:
            err(f, i, "Mã lĩnh vực", f"bad field {fc!r}/{fn!r}")
        if field_names.setdefault(fc, fn) != fn:
            err(f, i, "Tên lĩnh vực", f"field {fc} named both {field_names[fc]!r} and {fn!r}")
        levels = r["Cấp thực hiện"].split(";")
        if not levels or any(l not in LEVELS for l in levels) or len(set(levels)) != len(levels):
            err(f, i, "Cấp thực hiện", f"bad level list {r['Cấp thực hiện']!r}")
        d = [days(f, i, c, r[c]) for c in PROC_HEADERS[5:8]]
        if all(x is None for x in d):
            err(f, i, "Thời hạn", "no channel available")
        online = r["Mức độ dịch vụ công trực tuyến"]
        if online not in ONLINE:
            err(f, i, "Mức độ dịch vụ công trực tuyến", f"bad online level {online!r}")
        if (online == "Không") != (d[1] is None):
            err(f, i, "Thời hạn trực tuyến (ngày làm việc)", "online time must be blank exactly when the online level is 'Không'")
        fees = r["Phí, lệ phí"].split(";") if r["Phí, lệ phí"] else []
        for fee in fees:
            parts = fee.split("|")
            if len(parts) != 3 or not parts[0] or not re.fullmatch(r"\d+", parts[1]):
                err(f, i, "Phí, lệ phí", f"fee item must be name|integer VND|note, got {fee!r}")
        comps = r["Thành phần hồ sơ"].split(";") if r["Thành phần hồ sơ"] else []
        if not comps:
            err(f, i, "Thành phần hồ sơ", "no dossier component")
        for comp in comps:
            p = comp.split("|")
            if (len(p) != 5 or not p[0] or not re.fullmatch(r"\d+", p[1]) or not re.fullmatch(r"\d+", p[2])
                    or int(p[1]) + int(p[2]) < 1 or (p[3] and not p[3].startswith(("http://", "https://")))
                    or p[4] not in ("Bắt buộc", "Không bắt buộc")):
                err(f, i, "Thành phần hồ sơ", f"component must be name|originals|copies|form URL|Bắt buộc/Không bắt buộc, got {comp!r}")
        apps = r["Đối tượng thực hiện"].split(";")
        if not apps or any(a not in ("Công dân", "Tổ chức") for a in apps):
            err(f, i, "Đối tượng thực hiện", f"bad applicants {r['Đối tượng thực hiện']!r}")
        for col in ("Cơ quan thực hiện", "Kết quả thực hiện"):
            if not r[col].strip():
                err(f, i, col, "empty")
        if not all(x.strip() for x in r["Căn cứ pháp lý"].split(";")):
            err(f, i, "Căn cứ pháp lý", "empty legal basis item")
        receiving = r["Phạm vi tiếp nhận"]
        if receiving not in RECEIVING:
            err(f, i, "Phạm vi tiếp nhận", f"must be one of {sorted(RECEIVING)}, got {receiving!r}")
        if receiving == "Mọi xã trong tỉnh" and "Xã" not in levels:
            err(f, i, "Phạm vi tiếp nhận", "any commune receives commune procedures only (level Xã)")
        agency = r["Mã cơ quan giải quyết"]
        if agency:
            unit = units.get(agency)
            if not unit or not (unit["Loại đơn vị"] == "Cơ quan chuyên môn" or unit["Cấp"] == "Tỉnh"):
                err(f, i, "Mã cơ quan giải quyết", f"{agency!r} is not a department or province in units.csv")
            elif unit["Hiệu lực đến"]:
                err(f, i, "Mã cơ quan giải quyết", f"{agency} has ended")
        stats["receiving " + receiving] += 1
        if r["Thiết yếu"] not in ("Có", "Không"):
            err(f, i, "Thiết yếu", f"must be Có or Không, got {r['Thiết yếu']!r}")
        frm = date(f, i, "Hiệu lực từ", r["Hiệu lực từ"], True)
        to = date(f, i, "Hiệu lực đến", r["Hiệu lực đến"], False)
        if frm and to and to < frm:
            err(f, i, "Hiệu lực đến", "ends before it starts")
        status = r["Trạng thái"]
        expected = "Hết hiệu lực" if (to and to < TODAY) else "Đang áp dụng"
        if status != expected:
            err(f, i, "Trạng thái", f"{status!r} but the effective dates say {expected!r}")
        stats["rows"] += 1
        stats["essential"] += r["Thiết yếu"] == "Có"
        if r["Thiết yếu"] == "Có" and not ({"Xã", "Huyện"} & set(levels)):
            err(f, i, "Thiết yếu", "essential procedures are commune or district ones here")
        stats["delegated"] += bool(r["Ủy quyền"])
        stats["retired"] += status == "Hết hiệu lực"
        stats["fees>0"] += any(int(x.split("|")[1]) > 0 for x in fees if len(x.split("|")) == 3 and x.split("|")[1].isdigit())
        for l in levels:
            stats["level " + l] += 1
        stats["online " + online] += 1
    for code, n in codes.items():
        if n > 1:
            err(f, "-", "Mã thủ tục", f"duplicate code {code} ({n} rows)")
    if stats["rows"] < 120:
        err(f, "-", "-", f"only {stats['rows']} procedures, need ≥ 120")
    if len(field_names) < 10:
        err(f, "-", "-", f"only {len(field_names)} fields, need ≥ 10")
    if not stats["delegated"] or not stats["retired"]:
        err(f, "-", "-", "need at least one delegated and one retired procedure")
    return stats, field_names


def check_units():
    f = "units.csv"
    rows = read(HERE / f, UNIT_HEADERS)
    by_code = {}
    for i, r in rows:
        code = r["Mã định danh"]
        if not UNIT_CODE.match(code) or len(code) > 35:
            err(f, i, "Mã định danh", f"bad electronic identifier code {code!r}")
        if code in by_code:
            err(f, i, "Mã định danh", f"duplicate code {code}")
        by_code[code] = (i, r)
        if r["Cấp"] not in ("Tỉnh", "Huyện", "Xã", "Cơ quan"):
            err(f, i, "Cấp", f"bad level {r['Cấp']!r}")
        if r["Loại đơn vị"] not in KINDS:
            err(f, i, "Loại đơn vị", f"bad kind {r['Loại đơn vị']!r}")
        elif (r["Loại đơn vị"] == "Chính quyền") != (r["Cấp"] != "Cơ quan"):
            err(f, i, "Loại đơn vị", "people's committees (Chính quyền) are exactly the units that are not 'Cơ quan'")
        if not r["Tên đơn vị"].strip():
            err(f, i, "Tên đơn vị", "empty")
    for code, (i, r) in by_code.items():
        frm = date(f, i, "Hiệu lực từ", r["Hiệu lực từ"], True)
        to = date(f, i, "Hiệu lực đến", r["Hiệu lực đến"], False)
        if frm and to and to < frm:
            err(f, i, "Hiệu lực đến", "ends before it starts")
        parent = r["Mã đơn vị cấp trên"]
        if not parent:
            if r["Cấp"] != "Tỉnh":
                err(f, i, "Mã đơn vị cấp trên", "only a province may have no parent")
            continue
        if parent not in by_code:
            err(f, i, "Mã đơn vị cấp trên", f"parent {parent} is not in the file")
            continue
        pr = by_code[parent][1]
        pfrm, pto = date(f, i, "-", pr["Hiệu lực từ"], True), date(f, i, "-", pr["Hiệu lực đến"], False)
        if frm and pfrm and frm < pfrm or (pto and (not to or to > pto)):
            err(f, i, "Hiệu lực", f"validity not within its parent {parent}'s")
    districts = [c for c, (_, r) in by_code.items() if r["Cấp"] == "Huyện"]
    if len(districts) != 1:
        err(f, "-", "Cấp", f"expected exactly one district, found {districts}")
    else:
        communes = [c for c, (_, r) in by_code.items() if r["Mã đơn vị cấp trên"] == districts[0] and r["Cấp"] == "Xã"]
        if len(communes) != 22:
            err(f, "-", "-", f"{len(communes)} communes and towns under {districts[0]}, expected 22")
    levels = Counter(r["Cấp"] + "/" + r["Loại đơn vị"] for _, r in by_code.values())
    current = sum(1 for _, r in by_code.values() if not r["Hiệu lực đến"])
    return levels, current, {code: r for code, (_, r) in by_code.items()}


def main():
    levels, current, units = check_units()
    total = len(units)
    stats, fields = check_procedures(units)
    print(f"procedures.csv: {stats['rows']} procedures in {len(fields)} fields; essential {stats['essential']}, "
          f"delegated {stats['delegated']}, retired {stats['retired']}, with a fee > 0: {stats['fees>0']}")
    print("  levels: " + ", ".join(f"{k[6:]} {v}" for k, v in sorted(stats.items()) if k.startswith("level ")))
    print("  online: " + ", ".join(f"{k[7:]} {v}" for k, v in sorted(stats.items()) if k.startswith("online ")))
    print("  receiving: " + ", ".join(f"{k[10:]} {v}" for k, v in sorted(stats.items()) if k.startswith("receiving ")))
    print("  fields: " + ", ".join(f"{k} {v}" for k, v in sorted(fields.items())))
    print(f"units.csv: {total} units ({dict(levels)}), {current} still valid today")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
