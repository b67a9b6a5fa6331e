package dev.vigil.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: arrows point inward to the domain, and no package cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil.server");

    @Test
    void layers_dependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("dev.vigil.server.domain..")
                .layer("application").definedBy("dev.vigil.server.application..")
                .layer("interfaces").definedBy("dev.vigil.server.interfaces..")
                .layer("infrastructure").definedBy("dev.vigil.server.infrastructure..")
                .whereLayer("interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("interfaces", "infrastructure")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "interfaces", "infrastructure")
                .check(CLASSES);
    }

    @Test
    void domain_knowsNothingOfCdiRestOrInfrastructureLibraries() {
        noClasses().that().resideInAPackage("dev.vigil.server.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.ejb..", "jakarta.transaction..", "jakarta.security..",
                        "org.eclipse.microprofile..", "com.fasterxml..", "org.flywaydb..", "com.networknt..")
                .check(CLASSES);
    }

    @Test
    void application_doesNotSpeakHttpOrSql() {
        noClasses().that().resideInAPackage("dev.vigil.server.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "jakarta.servlet..", "com.fasterxml..", "org.flywaydb..")
                .check(CLASSES);
    }

    /** A training gap never blocks or delays a report: filing, cases and reports cannot even see compliance evidence. */
    @Test
    void filingsCasesAndReports_neverDependOnComplianceEvidence() {
        noClasses().that().resideInAnyPackage("dev.vigil.server.application.observation..",
                        "dev.vigil.server.application.casefile..", "dev.vigil.server.application.pattern..",
                        "dev.vigil.server.application.report..", "dev.vigil.server.domain.model.casefile..",
                        "dev.vigil.server.domain.model.observation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.server.application.compliance..",
                        "dev.vigil.server.domain.model.compliance..")
                .check(CLASSES);
    }

    @Test
    void featurePackages_haveNoCycles() {
        slices().matching("dev.vigil.server.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
