package io.techpool.assignment;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** How well a reviewer's expertise fits an achievement's industry; earlier constants are preferred. */
public enum ExpertiseTier {
    /** The reviewer names the achievement's GB/T 4754 division among their expertise. */
    DIVISION,
    /** One of the reviewer's divisions lies in the achievement's section. */
    SECTION,
    /** No expertise in the achievement's industry. */
    OTHER;

    /** The match of a candidate for a target; {@code sectionOfDivision} gives the section of each division. */
    public static ExpertiseTier of(Target target, Candidate candidate, Map<String, String> sectionOfDivision) {
        return of(target, candidate.expertiseDivisions(), sections(candidate, sectionOfDivision));
    }

    static ExpertiseTier of(Target target, Set<String> divisions, Set<String> sections) {
        if (target.division() != null && divisions.contains(target.division())) {
            return DIVISION;
        }
        if (target.section() != null && sections.contains(target.section())) {
            return SECTION;
        }
        return OTHER;
    }

    /** The sections of a candidate's divisions; a division the map does not know has none. */
    static Set<String> sections(Candidate candidate, Map<String, String> sectionOfDivision) {
        Set<String> sections = new HashSet<>();
        for (String division : candidate.expertiseDivisions()) {
            String section = sectionOfDivision.get(division);
            if (section != null) {
                sections.add(section);
            }
        }
        return sections;
    }
}
