package io.techpool.industry;

/** A GB/T 4754-2017 section (letter) or division (two digits), with its names. */
public record Industry(String code, String section, String nameZh, String nameEn) {

    public boolean isSection() {
        return code.equals(section);
    }
}
