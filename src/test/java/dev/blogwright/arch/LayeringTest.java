package dev.blogwright.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.blogwright.util.SetsThirdPartyLogging;

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

    @ArchTest
    static final ArchRule guiAndCliStayApart = noClasses().that().resideInAPackage("dev.blogwright.gui..")
            .should().dependOnClassesThat().resideInAPackage("dev.blogwright.cli..");

    /**
     * The export's rooms (site, json, bundle, cache, output) depend on each other one way only; the hall,
     * {@code logic.export} itself, wires them and is not a room.
     */
    @ArchTest
    static final ArchRule exportRoomsFormNoCycle = slices().matching("dev.blogwright.logic.export.(*)..")
            .should().beFreeOfCycles();

    /** flexmark's internal packages change between releases; only the renderer's fast paths may lean on them. */
    @ArchTest
    static final ArchRule flexmarkInternalsOnlyInTheRenderer = noClasses().that()
            .resideOutsideOfPackage("dev.blogwright.logic.markdown..")
            .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..internal..");

    /** A person reads stdout and stderr: only the command line (and the launcher's one-line errors) write there. */
    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("dev.blogwright.cli..")
            .and().doNotHaveFullyQualifiedName("dev.blogwright.Launcher")
            .should(ACCESS_STANDARD_STREAMS);

    /** One logging facade, so the log file and its levels are set in one place (logback.xml). */
    @ArchTest
    static final ArchRule loggingOnlyThroughSlf4j = noClasses().that()
            .areNotAnnotatedWith(SetsThirdPartyLogging.class).should(USE_JAVA_UTIL_LOGGING)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.apache.log4j..", "org.apache.logging.log4j..",
                    "org.apache.commons.logging..");

    /** The front ends reach the library only through app, whose types hide the store's (OpenMode, LibraryBackups). */
    @ArchTest
    static final ArchRule frontEndsNeverReachTheStore = noClasses().that()
            .resideInAnyPackage("dev.blogwright.gui..", "dev.blogwright.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.blogwright.store..");
}
