package vn.motcua.dossier.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One listed date of a year's schedule. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    public LocalDate day;

    @ManyToOne(optional = false)
    @JoinColumn(name = "year")
    public CalendarYear year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DayKind kind;

    @Column(nullable = false)
    public String name;
}
