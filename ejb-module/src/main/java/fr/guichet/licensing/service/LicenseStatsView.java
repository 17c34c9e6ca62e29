package fr.guichet.licensing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Licensing at a glance: keys by state ({@code valid}, {@code used_up}, {@code expired}, {@code suspended},
 * {@code revoked}), activations per day of the operator's zone over the asked period, and keys and activations per
 * reseller and per plan.
 */
public record LicenseStatsView(
        long total,
        Map<String, Long> byState,
        List<Day> activationsPerDay,
        List<Group> byReseller,
        List<Group> byPlan) {

    public record Day(LocalDate day, long activations) {}

    /** Keys generated, activations taken and keys revoked for one reseller or plan. */
    public record Group(String key, String name, long keys, long activations, long revoked) {}
}
