package io.techpool.achievement;

import io.techpool.platform.Messages;
import io.techpool.platform.Text;

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

    /** Who set an achievement's chain tags: the automatic tagging at submission, or an operator. */
    public enum ChainSource {
        AUTO,
        OPERATOR
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

    /** What a transfer mode is called, in the reader's language. */
    public static Text label(TransferMode mode) {
        return switch (mode) {
            case TRANSFER -> Messages::transferModeTransfer;
            case LICENSE -> Messages::transferModeLicense;
            case EQUITY -> Messages::transferModeEquity;
            case COOPERATION -> Messages::transferModeCooperation;
            case SELF_IMPLEMENTATION -> Messages::transferModeSelfImplementation;
            case OTHER -> Messages::transferModeOther;
        };
    }

    /** What an achievement level is called, in the reader's language. */
    public static Text label(Level level) {
        return switch (level) {
            case INTERNATIONAL_LEADING -> Messages::levelInternationalLeading;
            case INTERNATIONAL_ADVANCED -> Messages::levelInternationalAdvanced;
            case DOMESTIC_LEADING -> Messages::levelDomesticLeading;
            case DOMESTIC_ADVANCED -> Messages::levelDomesticAdvanced;
            case NOT_EVALUATED -> Messages::levelNotEvaluated;
        };
    }

    /** What a kind of intellectual property is called, in the reader's language. */
    public static Text label(IpKind kind) {
        return switch (kind) {
            case INVENTION_PATENT -> Messages::ipKindInventionPatent;
            case UTILITY_MODEL -> Messages::ipKindUtilityModel;
            case DESIGN -> Messages::ipKindDesign;
            case SOFTWARE_COPYRIGHT -> Messages::ipKindSoftwareCopyright;
            case IC_LAYOUT -> Messages::ipKindIcLayout;
            case PLANT_VARIETY -> Messages::ipKindPlantVariety;
            case NEW_DRUG -> Messages::ipKindNewDrug;
            case TECHNICAL_SECRET -> Messages::ipKindTechnicalSecret;
            case OTHER -> Messages::ipKindOther;
        };
    }

    /** What an achievement type is called, in the reader's language. */
    public static Text label(Type type) {
        return switch (type) {
            case APPLIED_TECHNOLOGY -> Messages::typeAppliedTechnology;
            case BASIC_THEORY -> Messages::typeBasicTheory;
            case SOFT_SCIENCE -> Messages::typeSoftScience;
        };
    }

    /** What a development stage is called, in the reader's language. */
    public static Text label(Stage stage) {
        return switch (stage) {
            case EARLY -> Messages::stageEarly;
            case MIDDLE -> Messages::stageMiddle;
            case MATURE -> Messages::stageMature;
        };
    }

    /** What a kind of innovation is called, in the reader's language. */
    public static Text label(Innovation innovation) {
        return switch (innovation) {
            case ORIGINAL -> Messages::innovationOriginal;
            case IMPORTED_ABSORBED -> Messages::innovationImportedAbsorbed;
            case SECONDARY_DEVELOPMENT -> Messages::innovationSecondaryDevelopment;
        };
    }

    /** What a status is called, in the reader's language. */
    public static Text label(Status status) {
        return switch (status) {
            case DRAFT -> Messages::statusDraft;
            case SUBMITTED -> Messages::statusSubmitted;
            case WITHDRAWN -> Messages::statusWithdrawn;
            case UNDER_REVIEW -> Messages::statusUnderReview;
            case IN_POOL -> Messages::statusInPool;
            case NOT_SELECTED -> Messages::statusNotSelected;
        };
    }

    /** The label of any of these vocabularies' constants. */
    static Text label(Enum<?> constant) {
        return switch (constant) {
            case Type t -> label(t);
            case Stage s -> label(s);
            case Innovation i -> label(i);
            case Level l -> label(l);
            case IpKind k -> label(k);
            case TransferMode m -> label(m);
            case Status s -> label(s);
            default -> throw new IllegalArgumentException(constant.getClass().getName());
        };
    }
}
