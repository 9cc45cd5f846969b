package io.techpool.organization;

import io.techpool.platform.Bilingual;
import java.util.Map;
import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 (the first two digits of a region code), zh and en: the labels of
 * the pool's region facet. Thirty-four fixed names, so kept here rather than in a reference file.
 */
public final class Provinces {

    private static final Map<String, Bilingual> BY_CODE = Map.ofEntries(
            Map.entry("11", new Bilingual("北京市", "Beijing")),
            Map.entry("12", new Bilingual("天津市", "Tianjin")),
            Map.entry("13", new Bilingual("河北省", "Hebei")),
            Map.entry("14", new Bilingual("山西省", "Shanxi")),
            Map.entry("15", new Bilingual("内蒙古自治区", "Inner Mongolia")),
            Map.entry("21", new Bilingual("辽宁省", "Liaoning")),
            Map.entry("22", new Bilingual("吉林省", "Jilin")),
            Map.entry("23", new Bilingual("黑龙江省", "Heilongjiang")),
            Map.entry("31", new Bilingual("上海市", "Shanghai")),
            Map.entry("32", new Bilingual("江苏省", "Jiangsu")),
            Map.entry("33", new Bilingual("浙江省", "Zhejiang")),
            Map.entry("34", new Bilingual("安徽省", "Anhui")),
            Map.entry("35", new Bilingual("福建省", "Fujian")),
            Map.entry("36", new Bilingual("江西省", "Jiangxi")),
            Map.entry("37", new Bilingual("山东省", "Shandong")),
            Map.entry("41", new Bilingual("河南省", "Henan")),
            Map.entry("42", new Bilingual("湖北省", "Hubei")),
            Map.entry("43", new Bilingual("湖南省", "Hunan")),
            Map.entry("44", new Bilingual("广东省", "Guangdong")),
            Map.entry("45", new Bilingual("广西壮族自治区", "Guangxi")),
            Map.entry("46", new Bilingual("海南省", "Hainan")),
            Map.entry("50", new Bilingual("重庆市", "Chongqing")),
            Map.entry("51", new Bilingual("四川省", "Sichuan")),
            Map.entry("52", new Bilingual("贵州省", "Guizhou")),
            Map.entry("53", new Bilingual("云南省", "Yunnan")),
            Map.entry("54", new Bilingual("西藏自治区", "Xizang")),
            Map.entry("61", new Bilingual("陕西省", "Shaanxi")),
            Map.entry("62", new Bilingual("甘肃省", "Gansu")),
            Map.entry("63", new Bilingual("青海省", "Qinghai")),
            Map.entry("64", new Bilingual("宁夏回族自治区", "Ningxia")),
            Map.entry("65", new Bilingual("新疆维吾尔自治区", "Xinjiang")),
            Map.entry("71", new Bilingual("台湾省", "Taiwan")),
            Map.entry("81", new Bilingual("香港特别行政区", "Hong Kong")),
            Map.entry("82", new Bilingual("澳门特别行政区", "Macao")));

    private Provinces() {}

    /** The province of a 2-digit code, or of a 6-digit region code's first two digits. */
    public static Optional<Bilingual> of(String code) {
        return code == null || code.length() < 2
                ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.substring(0, 2)));
    }
}
