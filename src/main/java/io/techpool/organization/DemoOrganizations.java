package io.techpool.organization;

import io.quarkus.runtime.StartupEvent;
import io.techpool.platform.TechPoolConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The organizations of the local realm's demo users, so they can work from the first start. */
class DemoOrganizations {

    private record Demo(String code, String zh, String en, Organization.Kind kind, String region) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo("10730", "兰州大学", "Lanzhou University", Organization.Kind.UNIVERSITY, "620100"),
            new Demo("10614", "四川大学", "Sichuan University", Organization.Kind.UNIVERSITY, "510100"),
            new Demo(
                    "INV-GSVC",
                    "甘肃科技创业投资有限公司",
                    "Gansu Science and Technology Venture Capital",
                    Organization.Kind.INVESTOR,
                    "620100"));

    @Inject
    OrganizationRepository organizations;

    @Inject
    TechPoolConfig config;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes StartupEvent start) {
        if (!config.demoOrganizations()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Demo demo : DEMOS) {
            if (organizations.findById(demo.code()) == null) {
                Organization organization = new Organization(demo.code(), now);
                organization.describe(demo.zh(), demo.en(), demo.kind(), demo.region(), now);
                organizations.persist(organization);
            }
        }
    }
}
