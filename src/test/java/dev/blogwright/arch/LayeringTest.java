package dev.blogwright.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of STYLE.md, so the build fails the day someone breaks them. */
@AnalyzeClasses(packages = "dev.blogwright", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("dev.blogwright.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.blogwright.logic..", "dev.blogwright.store..",
                    "dev.blogwright.gui..", "dev.blogwright.cli..", "dev.blogwright.app..");

    @ArchTest
    static final ArchRule modelHasNoIoOrUi = noClasses().that().resideInAPackage("dev.blogwright.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..");

    @ArchTest
    static final ArchRule utilDependsOnNothingOfOurs = noClasses().that().resideInAPackage("dev.blogwright.util..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.blogwright.model..", "dev.blogwright.logic..",
                    "dev.blogwright.store..", "dev.blogwright.gui..", "dev.blogwright.cli..", "dev.blogwright.app..",
                    "javafx..", "java.sql..", "java.io..");

    @ArchTest
    static final ArchRule logicNeverDependsOnUiStoreOrCli = noClasses().that().resideInAPackage("dev.blogwright.logic..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.blogwright.gui..", "dev.blogwright.cli..",
                    "dev.blogwright.store..", "dev.blogwright.app..", "javafx..");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage("dev.blogwright.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule storeKnowsNoUi = noClasses().that().resideInAPackage("dev.blogwright.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.blogwright.gui..", "dev.blogwright.cli..",
                    "javafx..");

    @ArchTest
    static final ArchRule onlyGuiUsesJavaFx = noClasses().that().resideOutsideOfPackage("dev.blogwright.gui..")
            .and().doNotHaveFullyQualifiedName("dev.blogwright.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..");

    @ArchTest
    static final ArchRule cliAndGuiStayApart = noClasses().that().resideInAPackage("dev.blogwright.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.blogwright.gui..");
}
