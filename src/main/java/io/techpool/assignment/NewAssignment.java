package io.techpool.assignment;

/** One reviewer newly assigned to one achievement, with how well their expertise fits it. */
public record NewAssignment(String achievementId, String reviewerId, ExpertiseTier tier) {}
