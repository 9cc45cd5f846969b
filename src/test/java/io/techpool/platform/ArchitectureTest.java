package io.techpool.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Features stay apart: no cycles between feature packages, and the platform knows no feature. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.techpool");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.techpool.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.techpool.platform..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.techpool..").and(not(resideInAPackage("io.techpool.platform.."))))
                .check(MAIN);
    }
}
