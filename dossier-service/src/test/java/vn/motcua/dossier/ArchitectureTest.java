package vn.motcua.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of dossier-service (docs/architecture.md, "Inside dossier-service"). */
@AnalyzeClasses(packages = "vn.motcua.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("vn.motcua.dossier.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses().that().haveNameMatching(".*Resource")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.sql..", "java.sql..",
                    "io.agroal..", "io.quarkus.hibernate..", "org.hibernate..")
            .because("resources are thin: they hand requests to a feature's service, which persists");
}
