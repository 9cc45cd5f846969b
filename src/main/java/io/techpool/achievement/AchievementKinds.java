package io.techpool.achievement;

/** The closed vocabularies of an achievement (API.md). */
public final class AchievementKinds {

    private AchievementKinds() {}

    public enum Status {
        DRAFT,
        SUBMITTED,
        WITHDRAWN,
        UNDER_REVIEW,
        IN_POOL,
        NOT_SELECTED
    }

    /** The digit is the registration number's type digit. */
    public enum Type {
        APPLIED_TECHNOLOGY('1'),
        BASIC_THEORY('2'),
        SOFT_SCIENCE('3');

        final char digit;

        Type(char digit) {
            this.digit = digit;
        }
    }

    public enum Stage {
        EARLY,
        MIDDLE,
        MATURE
    }

    public enum Innovation {
        ORIGINAL,
        IMPORTED_ABSORBED,
        SECONDARY_DEVELOPMENT
    }

    public enum Level {
        INTERNATIONAL_LEADING,
        INTERNATIONAL_ADVANCED,
        DOMESTIC_LEADING,
        DOMESTIC_ADVANCED,
        NOT_EVALUATED
    }

    public enum IpKind {
        INVENTION_PATENT,
        UTILITY_MODEL,
        DESIGN,
        SOFTWARE_COPYRIGHT,
        IC_LAYOUT,
        PLANT_VARIETY,
        NEW_DRUG,
        TECHNICAL_SECRET,
        OTHER
    }

    public enum TransferMode {
        TRANSFER,
        LICENSE,
        EQUITY,
        COOPERATION,
        SELF_IMPLEMENTATION,
        OTHER
    }
}
