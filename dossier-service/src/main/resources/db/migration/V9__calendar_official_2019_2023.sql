-- The official schedules of 2019 to 2023 for cán bộ, công chức, viên chức (state agencies work Monday–Friday),
-- seeded like 2024–2026 (V2): districts import those years' dossiers, whose due dates count on the days the desks
-- were actually closed. Unlisted dates follow the Monday–Friday rule. A year an administrator already set is left
-- alone (the seed only fills years still unset).
--
-- 2019 and 2020 fall under the Labour Code 2012 (Điều 115: Tết 5 days, Quốc khánh one day, 2 Sep only); the
-- Labour Code 2019 (Điều 112: Quốc khánh 2 Sep plus an adjacent day) applies from 1 Jan 2021. A holiday on a
-- Saturday or Sunday gives a day off in compensation on the next working day under both codes.
--
-- 2019 (Mậu Tuất → Kỷ Hợi): MOLISA Thông báo 3238/TB-LĐTBXH (Sep 2018) on the PM's decision
--   (baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html;
--   vietnamnews.vn/travel/travellersnotes/451953/2019-public-holidays-include-9-day-tet.html).
--   * Tết Dương lịch: Tue 1 Jan; Mon 31 Dec 2018 off (a 2018 date, not in this year), worked back on Sat 5 Jan.
--   * Tết: 5 days Mon 4 Feb (30 tháng Chạp) – Fri 8 Feb (mùng 4), off Sat 2 – Sun 10 Feb, 9 days.
--   * Giỗ Tổ Hùng Vương: Sun 14 Apr (10/3 Kỷ Hợi), day off in compensation Mon 15 Apr
--     (infonet.vietnamnet.vn/gio-to-hung-vuong-2019-nghi-may-ngay-3480.html).
--   * 30 Apr (Tue), 1 May (Wed), swapped: Mon 29 Apr off, worked back on Sat 4 May — off Sat 27 Apr – Wed 1 May
--     (Thông báo 3238/TB-LĐTBXH; phapluat.suckhoedoisong.vn, 22 Apr 2019).
--   * Quốc khánh: Mon 2 Sep, one day.
-- 2020 (Kỷ Hợi → Canh Tý): MOLISA's notice of the PM's approval, Oct 2019
--   (vietnamnet.vn/en/seven-day-holiday-for-lunar-new-year-2020-approved-582674.html; e.vnexpress.net 3993888;
--   socongthuong.daklak.gov.vn, 7 Jan 2020; m.kienthuc.net.vn "14 ngày nghỉ vào các dịp lễ, Tết trong năm 2020").
--   * Tết Dương lịch: Wed 1 Jan, one day, no swap.
--   * Tết: off Thu 23 Jan (29 tháng Chạp) – Wed 29 Jan (mùng 5): 5 Tết days 23–27 Jan and 2 days off in
--     compensation for 25–26 Jan (mùng 1, mùng 2) falling on the weekend.
--   * Giỗ Tổ Hùng Vương: Thu 2 Apr (10/3 Canh Tý). 30 Apr (Thu), 1 May (Fri).
--   * Quốc khánh: Wed 2 Sep, one day.
-- 2021 (Canh Tý → Tân Sửu): PM's approval of MOLISA's proposal, Nov 2020, and MOLISA's notice of the year's
--   holidays (sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html, 9 Dec 2020;
--   talkvietnam.org/2020/11/pm-approves-7-day-tet-break; m.vietnamnet.vn/en/society/...-685183.html).
--   * Tết Dương lịch: Fri 1 Jan (off 1–3 Jan).
--   * Tết: off Wed 10 Feb (29 tháng Chạp) – Tue 16 Feb (mùng 5): 5 Tết days 10–14 Feb and 2 days off in
--     compensation for 13–14 Feb falling on the weekend.
--   * Giỗ Tổ Hùng Vương: Wed 21 Apr (10/3 Tân Sửu).
--   * 30 Apr (Fri), 1 May (Sat), day off in compensation Mon 3 May (off 30 Apr – 3 May).
--   * Quốc khánh: Thu 2 and Fri 3 Sep (off 2–5 Sep).
-- 2022 (Tân Sửu → Nhâm Dần): MOLISA's plan submitted to the PM (sggpnews.org.vn/national/
--   ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html, 5 Dec 2021), approved by Văn phòng
--   Chính phủ công văn 245 (kinhtemoitruong.vn, 12 Jan 2022); officeholidays.com/countries/vietnam/2022.
--   * Tết Dương lịch: Sat 1 Jan, day off in compensation Mon 3 Jan (off 1–3 Jan).
--   * Tết: 5 days Mon 31 Jan (29 tháng Chạp) – Fri 4 Feb (mùng 4), off Sat 29 Jan – Sun 6 Feb, 9 days.
--   * Giỗ Tổ Hùng Vương: Sun 10 Apr (10/3 Nhâm Dần), day off in compensation Mon 11 Apr.
--   * 30 Apr (Sat), 1 May (Sun), days off in compensation Mon 2 and Tue 3 May
--     (en.sggp.org.vn/calendar-of-public-holidays-in-april-may-post94148.html).
--   * Quốc khánh: Thu 1 and Fri 2 Sep (off 1–4 Sep).
-- 2023 (Nhâm Dần → Quý Mão): the Government's plan announced by MOLISA, Dec 2022
--   (sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html).
--   * Tết Dương lịch: Sun 1 Jan, day off in compensation Mon 2 Jan.
--   * Tết: off Fri 20 Jan (29 tháng Chạp) – Thu 26 Jan (mùng 5): 5 Tết days 20–24 Jan and 2 days off in
--     compensation for 21–22 Jan falling on the weekend (khoản 3 Điều 111 BLLĐ). Not the computed 21–27 Jan:
--     the government started on 29 tháng Chạp.
--   * Giỗ Tổ Hùng Vương: Sat 29 Apr (10/3 Quý Mão), 30 Apr (Sun), 1 May (Mon); days off in compensation
--     Tue 2 May (for 29 Apr) and Wed 3 May (for 30 Apr), off 29 Apr – 3 May
--     (vietnaminsider.vn/employees-are-entitled-to-5-consecutive-days-off-on-the-occasion-of-april-30-and-may-1).
--   * Quốc khánh: Fri 1 and Sat 2 Sep, day off in compensation Mon 4 Sep (off 1–4 Sep; MOLISA, Aug 2023,
--     vietnaminsider.vn/workers-have-4-consecutive-days-off-on-national-day-2-9).
insert into calendar_year (year, updated_at, updated_by, version)
values (2019, now(), 'seed V9', 0),
       (2020, now(), 'seed V9', 0),
       (2021, now(), 'seed V9', 0),
       (2022, now(), 'seed V9', 0),
       (2023, now(), 'seed V9', 0)
on conflict (year) do nothing;

insert into calendar_day (day, year, kind, name)
select seed.day, seed.year, seed.kind, seed.name
from (values
    (date '2019-01-01', 2019, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2019-01-05', 2019, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 31/12/2018'),
    (date '2019-02-04', 2019, 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)'),
    (date '2019-02-05', 2019, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2019-02-06', 2019, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2019-02-07', 2019, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2019-02-08', 2019, 'HOLIDAY', 'Tết Nguyên đán (mùng 4)'),
    (date '2019-04-14', 2019, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2019-04-15', 2019, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng ngày nghỉ hằng tuần 14/4'),
    (date '2019-04-29', 2019, 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 4/5'),
    (date '2019-04-30', 2019, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2019-05-01', 2019, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2019-05-04', 2019, 'WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi 29/4'),
    (date '2019-09-02', 2019, 'HOLIDAY', 'Quốc khánh (2/9)'),

    (date '2020-01-01', 2020, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2020-01-23', 2020, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2020-01-24', 2020, 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)'),
    (date '2020-01-25', 2020, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2020-01-26', 2020, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2020-01-27', 2020, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2020-01-28', 2020, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 25/1'),
    (date '2020-01-29', 2020, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 26/1'),
    (date '2020-04-02', 2020, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2020-04-30', 2020, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2020-05-01', 2020, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2020-09-02', 2020, 'HOLIDAY', 'Quốc khánh (2/9)'),

    (date '2021-01-01', 2021, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2021-02-10', 2021, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2021-02-11', 2021, 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)'),
    (date '2021-02-12', 2021, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2021-02-13', 2021, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2021-02-14', 2021, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2021-02-15', 2021, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 13/2'),
    (date '2021-02-16', 2021, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 14/2'),
    (date '2021-04-21', 2021, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2021-04-30', 2021, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2021-05-01', 2021, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2021-05-03', 2021, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Quốc tế Lao động trùng ngày nghỉ hằng tuần 1/5'),
    (date '2021-09-02', 2021, 'HOLIDAY', 'Quốc khánh (2/9)'),
    (date '2021-09-03', 2021, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),

    (date '2022-01-01', 2022, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2022-01-03', 2022, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Dương lịch trùng ngày nghỉ hằng tuần 1/1'),
    (date '2022-01-31', 2022, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2022-02-01', 2022, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2022-02-02', 2022, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2022-02-03', 2022, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2022-02-04', 2022, 'HOLIDAY', 'Tết Nguyên đán (mùng 4)'),
    (date '2022-04-10', 2022, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2022-04-11', 2022, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng ngày nghỉ hằng tuần 10/4'),
    (date '2022-04-30', 2022, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2022-05-01', 2022, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2022-05-02', 2022, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Chiến thắng trùng ngày nghỉ hằng tuần 30/4'),
    (date '2022-05-03', 2022, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Quốc tế Lao động trùng ngày nghỉ hằng tuần 1/5'),
    (date '2022-09-01', 2022, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    (date '2022-09-02', 2022, 'HOLIDAY', 'Quốc khánh (2/9)'),

    (date '2023-01-01', 2023, 'HOLIDAY', 'Tết Dương lịch'),
    (date '2023-01-02', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Dương lịch trùng ngày nghỉ hằng tuần 1/1'),
    (date '2023-01-20', 2023, 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)'),
    (date '2023-01-21', 2023, 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)'),
    (date '2023-01-22', 2023, 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
    (date '2023-01-23', 2023, 'HOLIDAY', 'Tết Nguyên đán (mùng 2)'),
    (date '2023-01-24', 2023, 'HOLIDAY', 'Tết Nguyên đán (mùng 3)'),
    (date '2023-01-25', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 21/1'),
    (date '2023-01-26', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán trùng ngày nghỉ hằng tuần 22/1'),
    (date '2023-04-29', 2023, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'),
    (date '2023-04-30', 2023, 'HOLIDAY', 'Ngày Chiến thắng (30/4)'),
    (date '2023-05-01', 2023, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)'),
    (date '2023-05-02', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng ngày nghỉ hằng tuần 29/4'),
    (date '2023-05-03', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Chiến thắng trùng ngày nghỉ hằng tuần 30/4'),
    (date '2023-09-01', 2023, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    (date '2023-09-02', 2023, 'HOLIDAY', 'Quốc khánh (2/9)'),
    (date '2023-09-04', 2023, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Quốc khánh trùng ngày nghỉ hằng tuần 2/9')
) as seed (day, year, kind, name)
join calendar_year y on y.year = seed.year and y.updated_by = 'seed V9'
on conflict (day) do nothing;
