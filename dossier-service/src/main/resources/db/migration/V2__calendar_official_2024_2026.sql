-- The official schedules of 2024, 2025 and 2026 for cán bộ, công chức, viên chức (state agencies work
-- Monday–Friday), as the government announced them. Unlisted dates follow the Monday–Friday rule.
-- A year an administrator already set is left alone (the seed only fills years still unset).
--
-- 2024 (Quý Mão → Giáp Thìn)
--   * 1 Jan (Mon): Tết Dương lịch.
--   * Tết: off Thu 8 Feb (29 tháng Chạp) to Wed 14 Feb (mùng 5): 5 Tết days 8–12 Feb and 2 days off in
--     compensation (khoản 3 Điều 111 BLLĐ) for 10–11 Feb falling on the weekend. PM's approval announced by
--     MOLISA, Nov 2023 (vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html;
--     sucsongtre.vn: "5 ngày nghỉ Tết âm lịch và 2 ngày nghỉ bù ngày nghỉ hằng tuần").
--   * Giỗ Tổ Hùng Vương: Thu 18 Apr (10/3 Giáp Thìn).
--   * 30 Apr (Tue), 1 May (Wed), swapped: Mon 29 Apr off, worked back on Sat 4 May (Văn phòng Chính phủ
--     công văn 2450/VPCP-KGVX, 12 Apr 2024; baophapluat.vn, en.sggp.org.vn post109334).
--   * Quốc khánh: Mon 2 and Tue 3 Sep (off Sat 31 Aug – Tue 3 Sep; m.btv.org.vn, news.baokhanhhoa.vn 2024-08-31).
-- 2025 (Giáp Thìn → Ất Tỵ)
--   * 1 Jan (Wed): Tết Dương lịch.
--   * Tết: 5 days Mon 27 – Fri 31 Jan (28 tháng Chạp – mùng 3), with the weekends off Sat 25 Jan – Sun 2 Feb,
--     9 days (PM's approval, Government Office, 26 Nov 2024; en.sggp.org.vn post114084, vietnamplus.vn).
--   * Giỗ Tổ Hùng Vương: Mon 7 Apr (10/3 Ất Tỵ) (en.sggp.org.vn post116287, HCMC People's Committee notice).
--   * 30 Apr (Wed), 1 May (Thu), swapped: Fri 2 May off, worked back on Sat 26 Apr — off 30 Apr – 4 May
--     (tet-amlich.com "Các ngày nghỉ lễ 2025"; en.sggp.org.vn post114084).
--   * Quốc khánh: Mon 1 and Tue 2 Sep (off Sat 30 Aug – Tue 2 Sep; en.sggp.org.vn post119346, 2025-08-03).
-- 2026 (Ất Tỵ → Bính Ngọ)
--   * 1 Jan (Thu): Tết Dương lịch; swapped: Fri 2 Jan off, worked back on Sat 10 Jan (Văn phòng Chính phủ
--     văn bản 12729/VPCP-KGVX, 25 Dec 2025: 4 days 1–4 Jan).
--   * Tết: 5 days Mon 16 (29 tháng Chạp) – Fri 20 Feb (mùng 4), off Sat 14 – Sun 22 Feb, 9 days
--     (Bộ Nội vụ Thông báo 9441/TB-BNV, 16 Oct 2025; vietbao.vn, vietnamnews.vn/politics-laws/1727514).
--   * Giỗ Tổ Hùng Vương: Sun 26 Apr (10/3 Bính Ngọ), day off in compensation Mon 27 Apr
--     (thanhnien.vn, 2026-02-23).
--   * 30 Apr (Thu), 1 May (Fri) (thanhnien.vn, 2026-02-23).
--   * Quốc khánh: Tue 1 and Wed 2 Sep, swapped: Mon 31 Aug off, worked back on Sat 22 Aug — off Sat 29 Aug –
--     Wed 2 Sep (Thông báo 9441/TB-BNV; vietnamnews.vn/politics-laws/1727514).
--   Not included: Ngày Văn hóa Việt Nam (24 Nov), which Nghị quyết 80-NQ/TW (Jan 2026) intends as a paid holiday
--   once the Labour Code is amended; set it with PUT /api/v1/calendar/2026 when it becomes law.
insert into calendar_year (year, updated_at, updated_by, version)
values (2024, now(), 'seed V2', 0),
       (2025, now(), 'seed V2', 0),
       (2026, now(), 'seed V2', 0)
on conflict (year) do nothing;

insert into calendar_day (day, year, kind, name)
select seed.day, seed.year, seed.kind, seed.name
from (values
    (date '2024-01-01', 2024, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2024-02-08', 2024, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2024-02-09', 2024, 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)'),
    (date '2024-02-10', 2024, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2024-02-11', 2024, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2024-02-12', 2024, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2024-02-13', 2024, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 10/2'),
    (date '2024-02-14', 2024, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 11/2'),
    (date '2024-04-18', 2024, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2024-04-29', 2024, 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 4/5'),
    (date '2024-04-30', 2024, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2024-05-01', 2024, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2024-05-04', 2024, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 29/4'),
    (date '2024-09-02', 2024, 'HOLIDAY', 'Quốc khánh (2/9)'),
    (date '2024-09-03', 2024, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),

    (date '2025-01-01', 2025, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2025-01-27', 2025, 'HOLIDAY', 'Tết Nguyên đán (28 tháng Chạp)'),
    (date '2025-01-28', 2025, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2025-01-29', 2025, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2025-01-30', 2025, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2025-01-31', 2025, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2025-04-07', 2025, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2025-04-26', 2025, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 2/5'),
    (date '2025-04-30', 2025, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2025-05-01', 2025, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2025-05-02', 2025, 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 26/4'),
    (date '2025-09-01', 2025, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    (date '2025-09-02', 2025, 'HOLIDAY', 'Quốc khánh (2/9)'),

    (date '2026-01-01', 2026, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2026-01-02', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/1'),
    (date '2026-01-10', 2026, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 2/1'),
    (date '2026-02-16', 2026, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2026-02-17', 2026, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2026-02-18', 2026, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2026-02-19', 2026, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2026-02-20', 2026, 'HOLIDAY', 'Tết Nguyên đán (mùng 4)'),
    (date '2026-04-26', 2026, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2026-04-27', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng ngày nghỉ hằng tuần 26/4'),
    (date '2026-04-30', 2026, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2026-05-01', 2026, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2026-08-22', 2026, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 31/8'),
    (date '2026-08-31', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 22/8'),
    (date '2026-09-01', 2026, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    (date '2026-09-02', 2026, 'HOLIDAY', 'Quốc khánh (2/9)')
) as seed (day, year, kind, name)
join calendar_year y on y.year = seed.year and y.updated_by = 'seed V2'
on conflict (day) do nothing;
