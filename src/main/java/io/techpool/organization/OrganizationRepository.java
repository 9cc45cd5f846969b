package io.techpool.organization;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {}
