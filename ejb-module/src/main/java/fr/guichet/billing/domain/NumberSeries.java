package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A series of legal numbers (one per kind and year: {@code INV-2026}) and the last number it gave. Numbers are
 * taken with the row locked, in the transaction that issues the invoice: if that transaction rolls back, so does
 * the number, so the series never has a gap, and two servers never give the same number.
 */
@Entity
@Table(name = "number_series")
public class NumberSeries {

    static final int DIGITS = 6;

    @Id
    @Column(name = "series")
    private String series;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected NumberSeries() {}

    public NumberSeries(String series) {
        this.series = series;
    }

    /** The next legal number: {@code INV-2026-000123}. */
    public String next() {
        lastNumber++;
        return series + "-" + String.format("%0" + DIGITS + "d", lastNumber);
    }

    public String series() {
        return series;
    }

    public long lastNumber() {
        return lastNumber;
    }
}
