package io.techpool.achievement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {}
