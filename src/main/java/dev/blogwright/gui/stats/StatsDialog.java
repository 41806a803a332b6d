package dev.blogwright.gui.stats;

import dev.blogwright.gui.common.DialogLook;
import javafx.geometry.Side;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

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
        // Posts come whole: label only the whole numbers of the axis ("1", "2", not "0.5").
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() % 1 == 0 ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        BarChart<String, Number> bars = new BarChart<>(months, counts);
        bars.setTitle("Posts per month");
        bars.setLegendVisible(false);
        bars.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>(vm.perMonth());
        bars.getData().add(series);
        bars.setMinSize(420, 360);
        PieChart pie = new PieChart(vm.perCategory());
        pie.setTitle("Posts per category");
        pie.setAnimated(false);
        // The legend names the slices; labels around a small pie crowded into each other.
        pie.setLabelsVisible(false);
        pie.setLegendVisible(true);
        pie.setLegendSide(Side.RIGHT);
        pie.setMinSize(420, 360);
        HBox charts = new HBox(16, bars, pie);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(pie, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label totals = new Label();
        totals.getStyleClass().add("stats-totals");
        totals.textProperty().bind(vm.totalsProperty());
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(12, totals, charts));
        getDialogPane().setPrefSize(1000, 560);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        vm.load();
    }
}
