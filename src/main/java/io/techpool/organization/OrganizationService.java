package io.techpool.organization;

import io.quarkus.panache.common.Sort;
import io.techpool.platform.DomainException;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.PersistenceFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    PoolEntryCounter poolEntries;

    @Inject
    Clock clock;

    @Transactional
    public OrganizationView create(OrganizationInput input) {
        if (input.code() == null) {
            throw new DomainException.Invalid("code", Messages::mustNotBeBlank);
        }
        if (organizations.findById(input.code()) != null) {
            throw new DomainException.Conflict(m -> m.organizationExists(input.code()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Organization organization = new Organization(input.code(), now);
        organization.describe(input.name().zh(), input.name().en(), input.kind(), input.region(), now);
        organizations.persist(organization);
        try {
            organizations.flush();
        } catch (PersistenceException e) {
            // Two creations of one code at once: the second finds the first's row only on insert.
            if (PersistenceFailures.isUniqueViolation(e, "organization_pkey")) {
                throw new DomainException.Conflict(m -> m.organizationExists(input.code()));
            }
            throw e;
        }
        return OrganizationView.of(organization, 0);
    }

    @Transactional
    public OrganizationView update(String code, OrganizationInput input) {
        Organization organization = find(code);
        organization.describe(
                input.name().zh(), input.name().en(), input.kind(), input.region(), OffsetDateTime.now(clock));
        return withCount(organization);
    }

    public OrganizationView get(String code) {
        return withCount(find(code));
    }

    public Page<OrganizationView> list(int page, int size) {
        var query = organizations.findAll(Sort.by("code")).page(page, size);
        List<Organization> found = query.list();
        Map<String, Long> counts = poolEntries.countByOrganization(
                found.stream().map(Organization::code).toList());
        return new Page<>(found, page, size, query.count())
                .map(o -> OrganizationView.of(o, counts.getOrDefault(o.code(), 0L)));
    }

    /** Organizations by code, read in one query each for them and their pool entries; unknown codes are absent. */
    public Map<String, OrganizationView> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = poolEntries.countByOrganization(codes);
        return organizations.list("code in ?1", codes).stream()
                .collect(Collectors.toMap(o -> o.code, o -> OrganizationView.of(o, counts.getOrDefault(o.code, 0L))));
    }

    public boolean exists(String code) {
        return code != null && organizations.findById(code) != null;
    }

    /** The organization a user's {@code org} claim names; 403 when TechPool does not know it. */
    public Organization requireKnown(String code) {
        Organization organization = code == null ? null : organizations.findById(code);
        if (organization == null) {
            throw new DomainException.Forbidden(m -> m.organizationUnregistered(code));
        }
        return organization;
    }

    private Organization find(String code) {
        Organization organization = organizations.findById(code);
        if (organization == null) {
            throw new DomainException.NotFound(m -> m.organizationNotFound(code));
        }
        return organization;
    }

    private OrganizationView withCount(Organization o) {
        return OrganizationView.of(
                o, poolEntries.countByOrganization(List.of(o.code)).getOrDefault(o.code, 0L));
    }
}
