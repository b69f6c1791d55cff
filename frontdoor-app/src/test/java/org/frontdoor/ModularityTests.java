package org.frontdoor;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capability boundaries: modules talk only through their public API packages, without cycles. */
class ModularityTests {

    // The engines (frontdoor-screening, frontdoor-linkage) share the base package but are plain
    // libraries used through their own APIs, not capabilities of the app.
    private final ApplicationModules modules = ApplicationModules.of(FrontdoorApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.frontdoor.screening..", "org.frontdoor.linkage.."));

    @Test
    void capabilitiesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
