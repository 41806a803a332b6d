package dev.blogwright.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of measured values with the summaries the report shows: median, min, max, nearest-rank percentiles. */
record Samples(List<Double> values) {
    Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No samples to summarise");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
    }
}
