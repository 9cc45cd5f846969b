package io.techpool.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {}
