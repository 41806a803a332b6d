package dev.blogwright.gui.stats;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.LibraryStats;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;

/** Library statistics as chart data: posts per month, posts per category, and a line of totals. */
public final class StatsViewModel {
    private final Supplier<LibraryStats> source;
    private final UiExecutor exec;
    private final DialogService dialogs;
    private final ObservableList<XYChart.Data<String, Number>> perMonth = FXCollections.observableArrayList();
    private final ObservableList<PieChart.Data> perCategory = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LibraryStats> stats = new ReadOnlyObjectWrapper<>();

    /** {@code source} reads the statistics (a worker calls it); the library's reads them in one transaction. */
    public StatsViewModel(Supplier<LibraryStats> source, UiExecutor exec, DialogService dialogs) {
        this.source = source;
        this.exec = exec;
        this.dialogs = dialogs;
    }

    public void load() {
        exec.read(source::get, this::show,
                e -> dialogs.showError("The statistics could not be read: " + e.getMessage(), e));
    }

    private void show(LibraryStats s) {
        stats.set(s);
        perMonth.setAll(s.postsPerMonth().entrySet().stream()
                .map(e -> new XYChart.Data<String, Number>(e.getKey(), e.getValue())).toList());
        perCategory.setAll(s.postsPerCategory().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> new PieChart.Data(e.getKey() + " (" + e.getValue() + ")",
                        e.getValue())).toList());
        totals.set(Wording.count(s.posts(), "post", "posts") + " (" + s.published() + " published, "
                + Wording.count(s.drafts(), "draft", "drafts") + ", " + s.scheduled() + " scheduled, " + s.trashed()
                + " in trash) · " + (s.pages() == 0 ? "" : Wording.count(s.pages(), "page", "pages") + " · ")
                + Wording.count(s.words(), "word", "words") + " · "
                + Wording.count(s.categories(), "category", "categories") + " · "
                + Wording.count(s.tags(), "tag", "tags") + " · " + Wording.count(s.assets(), "asset", "assets"));
    }

    public ObservableList<XYChart.Data<String, Number>> perMonth() {
        return perMonth;
    }

    public ObservableList<PieChart.Data> perCategory() {
        return perCategory;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LibraryStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }
}
