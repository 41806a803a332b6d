package dev.blogwright.gui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.LibraryStats;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics view model on a stand-in for the library's counts: no database, no Stage. */
class StatsViewModelFakesTest {
    private final FakeDialogService dialogs = new FakeDialogService();

    @Test
    void theCountsBecomeChartsAndOneLineOfTotals() {
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        perCategory.put("Travel", 3);
        perCategory.put("Food", 1);
        LibraryStats counts = new LibraryStats(5, 3, 1, 0, 1, 1234, 2, 1, 0, perCategory,
                Map.of("2025-01", 5), 2);
        StatsViewModel vm = new StatsViewModel(() -> counts, UiExecutor.direct(), dialogs);
        vm.load();
        assertThat(vm.perMonth()).extracting(d -> d.getXValue() + "=" + d.getYValue()).containsExactly("2025-01=5");
        assertThat(vm.perCategory()).extracting(d -> d.getName()).containsExactly("Travel (3)", "Food (1)");
        assertThat(vm.totalsProperty().get()).isEqualTo("5 posts (3 published, 1 draft, 0 scheduled, 1 in trash)"
                + " · 2 pages · 1,234 words · 2 categories · 1 tag · 0 assets");
    }

    @Test
    void aFailedReadIsOneLineForTheUser() {
        StatsViewModel vm = new StatsViewModel(() -> {
            throw new LibraryException("The library is locked.");
        }, UiExecutor.direct(), dialogs);
        vm.load();
        assertThat(dialogs.errors).containsExactly("The statistics could not be read: The library is locked.");
        assertThat(vm.statsProperty().get()).isNull();
    }
}
