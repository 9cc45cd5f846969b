package io.techpool.review;

/** One reviewer newly assigned to one achievement, with how well their expertise fits it. */
public record NewAssignment(String achievementId, String reviewerId, Match match) {}
