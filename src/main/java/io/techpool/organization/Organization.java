package io.techpool.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A university, institute, enterprise or investor's firm; its code is the token claim {@code org}. */
@Entity
@Table(name = "organization")
public class Organization {

    public enum Kind {
        UNIVERSITY,
        INSTITUTE,
        ENTERPRISE,
        INVESTOR,
        OTHER
    }

    @Id
    String code;

    String nameZh;

    String nameEn;

    @Enumerated(EnumType.STRING)
    Kind kind;

    /** GB/T 2260 administrative division code, six digits. */
    String region;

    OffsetDateTime createdAt;

    OffsetDateTime updatedAt;

    @Version
    long version;

    protected Organization() {}

    Organization(String code, OffsetDateTime now) {
        this.code = code;
        this.createdAt = now;
    }

    public String code() {
        return code;
    }

    public String region() {
        return region;
    }

    public Kind kind() {
        return kind;
    }

    void describe(String nameZh, String nameEn, Kind kind, String region, OffsetDateTime now) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.region = region;
        this.updatedAt = now;
    }
}
