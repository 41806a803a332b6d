package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ThemeChoices;
import dev.blogwright.gui.categories.TagDescriptions;
import dev.blogwright.gui.categories.TaxonomyViewModel;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.gui.export.ExportRunner;
import dev.blogwright.gui.export.ExportViewModel;
import dev.blogwright.gui.menus.MenuSources;
import dev.blogwright.gui.menus.MenusViewModel;
import dev.blogwright.gui.postlist.PostListServices;
import dev.blogwright.gui.postlist.PostListViewModel;
import dev.blogwright.gui.settings.BlogSettingsViewModel;
import dev.blogwright.gui.settings.ThemeOptionsViewModel;
import dev.blogwright.gui.stats.StatsViewModel;
import dev.blogwright.logic.Transactions;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostKind;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The one place that decides which of the open library's services each view model gets. The view models
 * themselves know only the small interfaces they use, so their tests build them from fakes.
 */
public final class ViewModels {
    private final BlogLibrary library;

    public ViewModels(BlogLibrary library) {
        this.library = library;
    }

    /** The editor, its preview header and its history dialog. */
    public EditorServices editorServices() {
        return new EditorServices(library.posts(), library.taxonomy(), library.settings(), library.assets(),
                library.revisions(), library.goals(), library.spelling());
    }

    public PostListViewModel postList(UiExecutor exec, DialogService dialogs) {
        Transactions reads = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return library.consistently(work);
            }
        };
        return new PostListViewModel(new PostListServices(library.posts(), library.organizer(), library.taxonomy(),
                reads), exec, dialogs);
    }

    public TaxonomyViewModel taxonomy(UiExecutor exec, DialogService dialogs, Runnable onChanged) {
        TagDescriptions descriptions = new TagDescriptions() {
            @Override
            public Map<String, String> all() {
                return library.menus().tagDescriptions();
            }

            @Override
            public void save(String slug, String text) {
                library.menus().saveTagDescription(slug, text);
            }
        };
        return new TaxonomyViewModel(library.taxonomy(), descriptions, exec, dialogs, onChanged);
    }

    public StatsViewModel stats(UiExecutor exec, DialogService dialogs) {
        return new StatsViewModel(library::stats, exec, dialogs);
    }

    public BlogSettingsViewModel settings() {
        return new BlogSettingsViewModel(library.settings());
    }

    public ThemeOptionsViewModel themeOptions() {
        ThemeChoices choices = new ThemeChoices(library);
        return new ThemeOptionsViewModel(library.themeOptions(), choices::importImage, library.assets().folder());
    }

    /** The Menus editor: the library's menus, and its categories and tags to add. */
    public MenusViewModel menus() {
        return new MenusViewModel(new MenuSources(library.menus()::menus, library.menus()::saveMenus,
                library.taxonomy()::categories, library.taxonomy()::tags,
                () -> library.posts().list(PostQuery.all().withKind(PostKind.PAGE))));
    }

    public ExportViewModel export(ExportRunner runner, ShellPreferences prefs, DialogService dialogs,
                                  UiExecutor exec, Executor fx) {
        return new ExportViewModel(library.file(), (request, progress, cancelled) ->
                runner.export(library, request, progress, cancelled), prefs, dialogs, exec, fx);
    }
}
