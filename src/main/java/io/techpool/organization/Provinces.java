package io.techpool.organization;

import java.util.Map;
import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 (the first two digits of a region code), zh and en: the labels of
 * the pool's region facet. Thirty-four fixed names, so kept here rather than in a reference file.
 */
public final class Provinces {

    /** A province's names. */
    public record Name(String zh, String en) {}

    private static final Map<String, Name> BY_CODE = Map.ofEntries(
            Map.entry("11", new Name("北京市", "Beijing")),
            Map.entry("12", new Name("天津市", "Tianjin")),
            Map.entry("13", new Name("河北省", "Hebei")),
            Map.entry("14", new Name("山西省", "Shanxi")),
            Map.entry("15", new Name("内蒙古自治区", "Inner Mongolia")),
            Map.entry("21", new Name("辽宁省", "Liaoning")),
            Map.entry("22", new Name("吉林省", "Jilin")),
            Map.entry("23", new Name("黑龙江省", "Heilongjiang")),
            Map.entry("31", new Name("上海市", "Shanghai")),
            Map.entry("32", new Name("江苏省", "Jiangsu")),
            Map.entry("33", new Name("浙江省", "Zhejiang")),
            Map.entry("34", new Name("安徽省", "Anhui")),
            Map.entry("35", new Name("福建省", "Fujian")),
            Map.entry("36", new Name("江西省", "Jiangxi")),
            Map.entry("37", new Name("山东省", "Shandong")),
            Map.entry("41", new Name("河南省", "Henan")),
            Map.entry("42", new Name("湖北省", "Hubei")),
            Map.entry("43", new Name("湖南省", "Hunan")),
            Map.entry("44", new Name("广东省", "Guangdong")),
            Map.entry("45", new Name("广西壮族自治区", "Guangxi")),
            Map.entry("46", new Name("海南省", "Hainan")),
            Map.entry("50", new Name("重庆市", "Chongqing")),
            Map.entry("51", new Name("四川省", "Sichuan")),
            Map.entry("52", new Name("贵州省", "Guizhou")),
            Map.entry("53", new Name("云南省", "Yunnan")),
            Map.entry("54", new Name("西藏自治区", "Xizang")),
            Map.entry("61", new Name("陕西省", "Shaanxi")),
            Map.entry("62", new Name("甘肃省", "Gansu")),
            Map.entry("63", new Name("青海省", "Qinghai")),
            Map.entry("64", new Name("宁夏回族自治区", "Ningxia")),
            Map.entry("65", new Name("新疆维吾尔自治区", "Xinjiang")),
            Map.entry("71", new Name("台湾省", "Taiwan")),
            Map.entry("81", new Name("香港特别行政区", "Hong Kong")),
            Map.entry("82", new Name("澳门特别行政区", "Macao")));

    private Provinces() {}

    /** The province of a 2-digit code, or of a 6-digit region code's first two digits. */
    public static Optional<Name> of(String code) {
        return code == null || code.length() < 2
                ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.substring(0, 2)));
    }
}
