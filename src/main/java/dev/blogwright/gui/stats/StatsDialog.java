package dev.blogwright.gui.stats;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Statistics: a bar chart of posts per month, a pie of posts per category, and the totals. */
public final class StatsDialog extends Dialog<Void> {
    public StatsDialog(Window owner, StatsViewModel vm) {
        initOwner(owner);
        setTitle("Statistics");
        setResizable(true);
        CategoryAxis months = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setTickUnit(1);
        counts.setMinorTickVisible(false);
        BarChart<String, Number> bars = new BarChart<>(months, counts);
        bars.setTitle("Posts per month");
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>(vm.perMonth());
        bars.getData().add(series);
        PieChart pie = new PieChart(vm.perCategory());
        pie.setTitle("Posts per category");
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        HBox charts = new HBox(12, bars, pie);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(pie, Priority.ALWAYS);
        Label totals = new Label();
        totals.textProperty().bind(vm.totalsProperty());
        totals.setWrapText(true);
        getDialogPane().setContent(new VBox(10, totals, charts));
        getDialogPane().setPrefSize(980, 520);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        vm.load();
    }
}
