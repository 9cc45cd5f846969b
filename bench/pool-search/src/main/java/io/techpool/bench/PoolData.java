package io.techpool.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic zh/en pool entries, inserted straight into the app's tables (organization,
 * review_round, achievement, pool_entry) with JDBC batches. Themes follow GB/T 4754 divisions;
 * titles, summaries, keywords and IP titles are composed from each theme's bilingual terms.
 * Fixed seed: every run generates the same rows.
 */
final class PoolData {

    /** A theme: GB/T 4754 section and division, bilingual terms, typical IP kinds, popularity weight. */
    record Theme(String section, String division, String[][] terms, String[] ipKinds, int weight) {}

    static final List<Theme> THEMES = List.of(
            new Theme("C", "38", new String[][] {
                {"光伏", "photovoltaic"}, {"太阳能电池", "solar cell"}, {"钙钛矿", "perovskite"},
                {"光伏组件", "PV module"}, {"逆变器", "inverter"}, {"异质结", "heterojunction"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL"}, 14),
            new Theme("C", "38", new String[][] {
                {"储能", "energy storage"}, {"锂电池", "lithium battery"}, {"钠离子电池", "sodium-ion battery"},
                {"电池管理", "battery management"}, {"正极材料", "cathode material"}, {"固态电解质", "solid electrolyte"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL", "SOFTWARE_COPYRIGHT"}, 12),
            new Theme("D", "44", new String[][] {
                {"风电", "wind power"}, {"风机叶片", "wind turbine blade"}, {"海上风电", "offshore wind"},
                {"并网", "grid connection"}, {"功率预测", "power forecasting"}, {"微电网", "microgrid"}
            }, new String[] {"INVENTION_PATENT", "SOFTWARE_COPYRIGHT"}, 8),
            new Theme("C", "39", new String[][] {
                {"芯片", "chip"}, {"集成电路", "integrated circuit"}, {"半导体", "semiconductor"},
                {"传感器", "sensor"}, {"碳化硅", "silicon carbide"}, {"封装", "packaging"}
            }, new String[] {"INVENTION_PATENT", "IC_LAYOUT", "SOFTWARE_COPYRIGHT"}, 10),
            new Theme("C", "30", new String[][] {
                {"新材料", "new material"}, {"石墨烯", "graphene"}, {"复合材料", "composite material"},
                {"陶瓷", "ceramic"}, {"涂层", "coating"}, {"纳米", "nano"}
            }, new String[] {"INVENTION_PATENT", "TECHNICAL_SECRET"}, 8),
            new Theme("C", "26", new String[][] {
                {"催化剂", "catalyst"}, {"精细化工", "fine chemical"}, {"可降解塑料", "biodegradable plastic"},
                {"膜分离", "membrane separation"}, {"合成", "synthesis"}, {"助剂", "additive"}
            }, new String[] {"INVENTION_PATENT", "TECHNICAL_SECRET"}, 6),
            new Theme("C", "27", new String[][] {
                {"生物医药", "biomedicine"}, {"疫苗", "vaccine"}, {"抗体", "antibody"},
                {"靶向药物", "targeted drug"}, {"基因治疗", "gene therapy"}, {"中药", "traditional Chinese medicine"}
            }, new String[] {"INVENTION_PATENT", "NEW_DRUG"}, 9),
            new Theme("A", "01", new String[][] {
                {"智慧农业", "smart agriculture"}, {"灌溉", "irrigation"}, {"育种", "breeding"},
                {"节水", "water saving"}, {"土壤", "soil"}, {"病虫害", "pest and disease"}
            }, new String[] {"INVENTION_PATENT", "PLANT_VARIETY", "SOFTWARE_COPYRIGHT"}, 7),
            new Theme("A", "02", new String[][] {
                {"林木", "forest tree"}, {"防沙治沙", "desertification control"}, {"苗木", "seedling"},
                {"林下经济", "understory economy"}, {"森林防火", "forest fire prevention"}, {"育种", "breeding"}
            }, new String[] {"PLANT_VARIETY", "INVENTION_PATENT"}, 3),
            new Theme("A", "03", new String[][] {
                {"畜牧", "livestock"}, {"饲料", "feed"}, {"牛羊", "cattle and sheep"},
                {"疫病防控", "epidemic prevention"}, {"养殖", "breeding farm"}, {"疫苗", "vaccine"}
            }, new String[] {"INVENTION_PATENT", "NEW_DRUG", "UTILITY_MODEL"}, 3),
            new Theme("I", "65", new String[][] {
                {"人工智能", "artificial intelligence"}, {"算法", "algorithm"}, {"大模型", "large model"},
                {"机器视觉", "machine vision"}, {"数据平台", "data platform"}, {"知识图谱", "knowledge graph"}
            }, new String[] {"SOFTWARE_COPYRIGHT", "INVENTION_PATENT"}, 11),
            new Theme("C", "34", new String[][] {
                {"机器人", "robot"}, {"数控机床", "CNC machine tool"}, {"减速器", "reducer"},
                {"伺服", "servo"}, {"轴承", "bearing"}, {"智能制造", "intelligent manufacturing"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL"}, 7),
            new Theme("C", "36", new String[][] {
                {"新能源汽车", "new energy vehicle"}, {"电驱动", "electric drive"}, {"自动驾驶", "autonomous driving"},
                {"充电", "charging"}, {"轻量化", "lightweight"}, {"热管理", "thermal management"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL", "SOFTWARE_COPYRIGHT"}, 6),
            new Theme("N", "77", new String[][] {
                {"污水", "wastewater"}, {"固废", "solid waste"}, {"土壤修复", "soil remediation"},
                {"脱硫", "desulfurization"}, {"碳捕集", "carbon capture"}, {"生态修复", "ecological restoration"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL", "TECHNICAL_SECRET"}, 6),
            new Theme("D", "45", new String[][] {
                {"氢能", "hydrogen energy"}, {"燃料电池", "fuel cell"}, {"电解水", "water electrolysis"},
                {"储氢", "hydrogen storage"}, {"天然气", "natural gas"}, {"加氢站", "hydrogen refueling station"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL"}, 4),
            new Theme("B", "06", new String[][] {
                {"煤矿", "coal mine"}, {"智能开采", "intelligent mining"}, {"瓦斯", "gas drainage"},
                {"巷道", "roadway"}, {"洗选", "coal washing"}, {"矿山安全", "mine safety"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL"}, 3),
            new Theme("M", "74", new String[][] {
                {"检测", "testing"}, {"计量", "metrology"}, {"无损检测", "non-destructive testing"},
                {"标准物质", "reference material"}, {"遥感", "remote sensing"}, {"地质勘查", "geological survey"}
            }, new String[] {"INVENTION_PATENT", "SOFTWARE_COPYRIGHT", "OTHER"}, 4),
            new Theme("I", "63", new String[][] {
                {"通信", "communication"}, {"5G", "5G"}, {"卫星", "satellite"},
                {"光纤", "optical fiber"}, {"天线", "antenna"}, {"物联网", "internet of things"}
            }, new String[] {"INVENTION_PATENT", "SOFTWARE_COPYRIGHT"}, 5),
            new Theme("C", "35", new String[][] {
                {"医疗器械", "medical device"}, {"影像", "imaging"}, {"手术机器人", "surgical robot"},
                {"体外诊断", "in vitro diagnostics"}, {"传感器", "sensor"}, {"康复", "rehabilitation"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL", "DESIGN"}, 6),
            new Theme("E", "47", new String[][] {
                {"装配式建筑", "prefabricated building"}, {"建筑节能", "building energy saving"}, {"混凝土", "concrete"},
                {"钢结构", "steel structure"}, {"抗震", "seismic"}, {"绿色建材", "green building material"}
            }, new String[] {"INVENTION_PATENT", "UTILITY_MODEL", "DESIGN"}, 3));

    static final String[][] ADJECTIVES = {
        {"高效", "high-efficiency"}, {"低成本", "low-cost"}, {"智能", "intelligent"}, {"绿色", "green"},
        {"高性能", "high-performance"}, {"大规模", "large-scale"}, {"新型", "novel"}, {"长寿命", "long-life"},
        {"高可靠", "highly reliable"}, {"低能耗", "low-energy"}
    };
    static final String[][] NOUNS = {
        {"制备技术", "preparation technology"}, {"关键技术", "key technology"}, {"系统", "system"},
        {"成套装备", "complete equipment"}, {"方法", "method"}, {"工艺", "process"}, {"平台", "platform"},
        {"检测装置", "detection device"}, {"产业化应用", "industrial application"}
    };
    static final String[][] PROBLEMS = {
        {"成本高", "high cost"}, {"效率低", "low efficiency"}, {"寿命短", "short service life"},
        {"稳定性差", "poor stability"}, {"能耗大", "high energy consumption"}, {"依赖进口", "dependence on imports"}
    };
    static final String[][] METRICS = {
        {"转换效率", "conversion efficiency"}, {"产能", "capacity"}, {"良品率", "yield"},
        {"使用寿命", "service life"}, {"检测精度", "detection accuracy"}, {"综合能效", "overall energy efficiency"}
    };
    /** Province code, capital's region code, zh and en names. */
    static final String[][] PLACES = {
        {"11", "110108", "北京", "Beijing"}, {"31", "310104", "上海", "Shanghai"}, {"44", "440106", "广州", "Guangzhou"},
        {"44", "440305", "深圳", "Shenzhen"}, {"32", "320102", "南京", "Nanjing"}, {"33", "330106", "杭州", "Hangzhou"},
        {"51", "510107", "成都", "Chengdu"}, {"62", "620102", "兰州", "Lanzhou"}, {"42", "420111", "武汉", "Wuhan"},
        {"61", "610113", "西安", "Xi'an"}, {"37", "370102", "济南", "Jinan"}, {"34", "340104", "合肥", "Hefei"},
        {"21", "210102", "沈阳", "Shenyang"}, {"23", "230103", "哈尔滨", "Harbin"}, {"41", "410105", "郑州", "Zhengzhou"},
        {"43", "430104", "长沙", "Changsha"}, {"35", "350102", "福州", "Fuzhou"}, {"12", "120104", "天津", "Tianjin"},
        {"50", "500108", "重庆", "Chongqing"}, {"53", "530102", "昆明", "Kunming"}, {"65", "650104", "乌鲁木齐", "Urumqi"},
        {"64", "640104", "银川", "Yinchuan"}, {"63", "630104", "西宁", "Xining"}, {"15", "150102", "呼和浩特", "Hohhot"}
    };
    static final String[][] FIELDS = {
        {"理工", "University of Technology", "技术", "Technology"}, {"科技", "University of Science and Technology", "能源", "Energy"},
        {"农业", "Agricultural University", "农业科学", "Agricultural Sciences"}, {"医科", "Medical University", "生物医药", "Biomedicine"},
        {"交通", "Jiaotong University", "智能装备", "Intelligent Equipment"}, {"石油", "Petroleum University", "新材料", "New Materials"},
        {"师范", "Normal University", "信息", "Information"}, {"电子科技", "University of Electronic Science and Technology", "电子", "Electronics"}
    };
    static final String[][] BRANDS = {
        {"华", "Hua"}, {"中", "Zhong"}, {"新", "Xin"}, {"恒", "Heng"}, {"瑞", "Rui"}, {"科", "Ke"}, {"创", "Chuang"},
        {"源", "Yuan"}, {"达", "Da"}, {"泰", "Tai"}, {"宏", "Hong"}, {"博", "Bo"}, {"远", "Yuan"}, {"天", "Tian"}
    };
    static final String[] LEVELS = {"INTERNATIONAL_LEADING", "INTERNATIONAL_ADVANCED", "DOMESTIC_LEADING", "DOMESTIC_ADVANCED", "NOT_EVALUATED"};
    static final int[] LEVEL_WEIGHTS = {5, 15, 35, 30, 15};
    static final String[] MODES = {"TRANSFER", "LICENSE", "EQUITY", "COOPERATION", "SELF_IMPLEMENTATION", "OTHER"};
    static final int[] MODE_WEIGHTS = {30, 25, 15, 25, 4, 1};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "华"};

    record Org(String code, String nameZh, String nameEn, String kind, String region) {}

    private final Random random = new Random(20261122L);
    private final int themeTotal = THEMES.stream().mapToInt(Theme::weight).sum();

    /** Inserts n pool entries (and their organizations, rounds, achievements). */
    void generate(Connection db, int n) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("truncate pool_entry, pool_round, achievement, review_round, organization cascade");
        }
        List<Org> orgs = insertOrganizations(db, 2000);
        String[] roundNames = {"2024年春季成果遴选", "2024年秋季成果遴选", "2025年春季成果遴选", "2025年秋季成果遴选"};
        UUID[] rounds = new UUID[roundNames.length];
        Instant[] published = new Instant[roundNames.length];
        try (PreparedStatement ps = db.prepareStatement(
                "insert into review_round (id, name, rules_id, rules_version, review_deadline, status, panel, created_at, rules_digest)"
                        + " values (?,?,'default',1,?,'PUBLISHED','[]'::jsonb,?,?)")) {
            for (int r = 0; r < rounds.length; r++) {
                rounds[r] = new UUID(0x7e57_0000_0000_0000L, r + 1);
                published[r] = Instant.parse("2024-05-20T02:00:00Z").plus(182L * r, ChronoUnit.DAYS);
                ps.setObject(1, rounds[r]);
                ps.setString(2, roundNames[r]);
                ps.setTimestamp(3, Timestamp.from(published[r].minus(20, ChronoUnit.DAYS)));
                ps.setTimestamp(4, Timestamp.from(published[r].minus(90, ChronoUnit.DAYS)));
                ps.setString(5, "0".repeat(64));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // The pool's own record of the rounds it holds (the round facet's labels), as publication writes it.
        try (PreparedStatement ps = db.prepareStatement("insert into pool_round (id, name, published_at) values (?,?,?)")) {
            for (int r = 0; r < rounds.length; r++) {
                ps.setObject(1, rounds[r]);
                ps.setString(2, roundNames[r]);
                ps.setTimestamp(3, Timestamp.from(published[r]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row(i, orgs, rounds, published));
        }
        // Industry rank and percentile within each division, by composite.
        Map<String, List<Row>> byDivision = new HashMap<>();
        rows.forEach(r -> byDivision.computeIfAbsent(r.division, k -> new ArrayList<>()).add(r));
        for (List<Row> list : byDivision.values()) {
            list.sort(Comparator.comparing((Row r) -> r.composite).reversed().thenComparing(r -> r.id));
            for (int i = 0; i < list.size(); i++) {
                list.get(i).industryRank = i + 1;
                list.get(i).percentile = BigDecimal.valueOf(100.0 * (list.size() - i) / list.size())
                        .setScale(2, RoundingMode.HALF_UP);
            }
        }
        try (PreparedStatement a = db.prepareStatement(ACHIEVEMENT_INSERT);
                PreparedStatement p = db.prepareStatement(
                        "insert into pool_entry (id, round_id, organization_code, organization_name_zh, organization_name_en, region,"
                                + " title_zh, title_en, summary_zh, summary_en, keywords, ip_titles, ip_kinds, transfer_modes, level, trl,"
                                + " section, division, composite, market_potential, economic_value, technical_content, percentile,"
                                + " industry_rank, published_at)"
                                + " values (?,?,?,?,?,?,?,?,?,?,?::jsonb,?::jsonb,?::jsonb,?::jsonb,?,?,?,?,?,?,?,?,?,?,?)")) {
            int batch = 0;
            for (Row r : rows) {
                addAchievement(a, r, "IN_POOL", Timestamp.from(r.publishedAt.minus(120, ChronoUnit.DAYS)));
                int k = 1;
                p.setObject(k++, r.id);
                p.setObject(k++, r.round);
                p.setString(k++, r.org.code);
                p.setString(k++, r.org.nameZh);
                p.setString(k++, r.org.nameEn);
                p.setString(k++, r.org.region);
                p.setString(k++, r.titleZh);
                p.setString(k++, r.titleEn);
                p.setString(k++, r.summaryZh);
                p.setString(k++, r.summaryEn);
                p.setString(k++, json(r.keywords));
                p.setString(k++, json(r.ipTitles));
                p.setString(k++, json(r.ipKinds));
                p.setString(k++, json(r.modes));
                p.setString(k++, r.level);
                p.setInt(k++, r.trl);
                p.setString(k++, r.section);
                p.setString(k++, r.division);
                p.setBigDecimal(k++, r.composite);
                p.setBigDecimal(k++, r.market);
                p.setBigDecimal(k++, r.economic);
                p.setBigDecimal(k++, r.technical);
                p.setBigDecimal(k++, r.percentile);
                p.setInt(k++, r.industryRank);
                p.setTimestamp(k++, Timestamp.from(r.publishedAt));
                p.addBatch();
                if (++batch % 1000 == 0) {
                    a.executeBatch();
                    p.executeBatch();
                }
            }
            a.executeBatch();
            p.executeBatch();
        }
        db.commit();
        try (Statement s = db.createStatement()) {
            db.setAutoCommit(true);
            s.execute("analyze organization, review_round, achievement, pool_entry");
        }
    }

    /** Generates {@code count} organizations and inserts them; answers them for the achievements' owners. */
    List<Org> insertOrganizations(Connection db, int count) throws Exception {
        List<Org> orgs = organizations(count);
        try (PreparedStatement ps = db.prepareStatement(
                "insert into organization (code, name_zh, name_en, kind, region, created_at, updated_at) values (?,?,?,?,?,now(),now())")) {
            for (Org o : orgs) {
                ps.setString(1, o.code);
                ps.setString(2, o.nameZh);
                ps.setString(3, o.nameEn);
                ps.setString(4, o.kind);
                ps.setString(5, o.region);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return orgs;
    }

    /** The achievement table's columns as the benches fill them; bound by {@link #addAchievement}. */
    static final String ACHIEVEMENT_INSERT = "insert into achievement (id, organization_code, status, title_zh, title_en,"
            + " summary_zh, summary_en, keywords, type, industry_code, trl, stage, innovation, level, ip_rights, transfer_modes,"
            + " asking_price, team, contact, registration_number, submitted_at, created_at, updated_at, round_id)"
            + " values (?,?,?,?,?,?,?,?::jsonb,'APPLIED_TECHNOLOGY',?,?,?,?,?,?::jsonb,?::jsonb,?,?::jsonb,?::jsonb,?,?,?,?,?)";

    /** Adds one achievement of the row's round to an {@link #ACHIEVEMENT_INSERT} batch. */
    static void addAchievement(PreparedStatement a, Row r, String status, Timestamp submitted) throws Exception {
        int k = 1;
        a.setObject(k++, r.id);
        a.setString(k++, r.org.code);
        a.setString(k++, status);
        a.setString(k++, r.titleZh);
        a.setString(k++, r.titleEn);
        a.setString(k++, r.summaryZh);
        a.setString(k++, r.summaryEn);
        a.setString(k++, json(r.keywords));
        a.setString(k++, r.division);
        a.setInt(k++, r.trl);
        a.setString(k++, r.trl <= 3 ? "EARLY" : r.trl <= 6 ? "MIDDLE" : "MATURE");
        a.setString(k++, "ORIGINAL");
        a.setString(k++, r.level);
        a.setString(k++, r.ipRightsJson);
        a.setString(k++, json(r.modes));
        a.setBigDecimal(k++, r.askingPrice);
        a.setString(k++, "[{\"name\":\"" + r.contact + "\",\"role\":\"项目负责人\"}]");
        a.setString(k++, "{\"name\":\"" + r.contact + "\",\"phone\":\"0931-8912345\",\"email\":\"contact@example.org\"}");
        a.setString(k++, String.format("%012d", 620241000000L + r.index));
        a.setTimestamp(k++, submitted);
        a.setTimestamp(k++, submitted);
        a.setTimestamp(k++, submitted);
        a.setObject(k++, r.round);
        a.addBatch();
    }

    /** One generated achievement with its published scores; the content of its rows. */
    static final class Row {
        int index;
        UUID id;
        UUID round;
        Instant publishedAt;
        Org org;
        String section, division, titleZh, titleEn, summaryZh, summaryEn, level, contact, ipRightsJson;
        List<String> keywords, ipTitles, ipKinds, modes;
        int trl, industryRank;
        BigDecimal composite, market, economic, technical, percentile, askingPrice;
    }

    /** The i-th achievement (ids, texts, scores from the fixed seed), in one of the given rounds. */
    Row row(int i, List<Org> orgs, UUID[] rounds, Instant[] published) {
        Row r = new Row();
        r.index = i;
        r.id = new UUID(random.nextLong(), random.nextLong());
        int round = random.nextInt(rounds.length);
        r.round = rounds[round];
        r.publishedAt = published[round];
        r.org = orgs.get((int) Math.min(orgs.size() - 1, Math.abs(random.nextGaussian()) * orgs.size() / 2.5));
        Theme theme = theme();
        r.section = theme.section;
        r.division = theme.division;
        String[] adj = pick(ADJECTIVES);
        String[] t1 = pick(theme.terms);
        String[] t2 = pick(theme.terms);
        String[] noun = pick(NOUNS);
        if (t1 == t2) {
            r.titleZh = adj[0] + t1[0] + noun[0];
            r.titleEn = cap(adj[1]) + " " + t1[1] + " " + noun[1];
        } else {
            r.titleZh = adj[0] + t1[0] + "与" + t2[0] + noun[0];
            r.titleEn = cap(adj[1]) + " " + t1[1] + " and " + t2[1] + " " + noun[1];
        }
        if (random.nextInt(4) == 0) { // a cross-theme borrowing, as real titles often have
            String[] other = pick(theme().terms);
            r.titleZh = "面向" + other[0] + "的" + r.titleZh;
            r.titleEn = r.titleEn + " for " + other[1];
        }
        String[] problem = pick(PROBLEMS);
        String[] metric = pick(METRICS);
        String[] t3 = pick(theme.terms);
        String[] place = PLACES[Integer.parseInt(r.org.region.substring(0, 2)) % PLACES.length];
        for (String[] p : PLACES) {
            if (p[1].equals(r.org.region)) {
                place = p;
            }
        }
        int gain = 8 + random.nextInt(60);
        int firms = 1 + random.nextInt(30);
        int patents = 1 + random.nextInt(12);
        r.summaryZh = "本成果针对" + t1[0] + "领域" + problem[0] + "的问题，研发了" + r.titleZh + "，突破了" + t3[0]
                + "关键环节。经第三方检测，" + metric[0] + "提升" + gain + "%，已获授权发明专利" + patents + "项，在"
                + place[2] + "等地" + firms + "家企业示范应用，具备规模化推广条件。";
        r.summaryEn = "Addressing the " + problem[1] + " of " + t1[1] + ", this achievement develops "
                + r.titleEn.toLowerCase() + " and solves the key step of " + t3[1] + ". Third-party testing shows the "
                + metric[1] + " improved by " + gain + "%. It holds " + patents + " granted invention patents and has been "
                + "demonstrated in " + firms + " enterprises in " + place[3] + " and elsewhere, ready for scale-up.";
        LinkedHashSet<String> keywords = new LinkedHashSet<>();
        keywords.add(t1[0]);
        keywords.add(t2[0]);
        int more = 1 + random.nextInt(3);
        for (int k = 0; k < more; k++) {
            keywords.add(random.nextBoolean() ? pick(theme.terms)[0] : pick(theme.terms)[1]);
        }
        r.keywords = new ArrayList<>(keywords);
        int ipCount = 1 + random.nextInt(3);
        r.ipTitles = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        StringBuilder ip = new StringBuilder("[");
        for (int k = 0; k < ipCount; k++) {
            String kind = theme.ipKinds[random.nextInt(theme.ipKinds.length)];
            String[] term = pick(theme.terms);
            String title = switch (kind) {
                case "SOFTWARE_COPYRIGHT" -> term[0] + "智能管理软件V" + (1 + random.nextInt(3)) + ".0";
                case "PLANT_VARIETY" -> "陇" + term[0] + (1 + random.nextInt(30)) + "号";
                case "NEW_DRUG" -> term[0] + "注射液";
                default -> "一种" + pick(ADJECTIVES)[0] + term[0] + "的" + pick(NOUNS)[0];
            };
            r.ipTitles.add(title);
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            ip.append(k > 0 ? "," : "").append("{\"kind\":\"").append(kind).append("\",\"number\":\"ZL20")
                    .append(10 + random.nextInt(15)).append(1).append(String.format("%07d", random.nextInt(10_000_000)))
                    .append(".").append(random.nextInt(10)).append("\",\"title\":\"").append(title).append("\"}");
        }
        r.ipRightsJson = ip.append("]").toString();
        kinds.sort(null);
        r.ipKinds = kinds;
        LinkedHashSet<String> modes = new LinkedHashSet<>();
        int modeCount = 1 + random.nextInt(3);
        for (int k = 0; k < modeCount; k++) {
            modes.add(MODES[weighted(MODE_WEIGHTS)]);
        }
        r.modes = new ArrayList<>(modes);
        r.level = LEVELS[weighted(LEVEL_WEIGHTS)];
        r.trl = (int) Math.max(1, Math.min(9, Math.round(5.5 + random.nextGaussian() * 1.8)));
        r.market = score();
        r.economic = score();
        r.technical = score();
        r.composite = r.market.multiply(new BigDecimal("0.4"))
                .add(r.economic.multiply(new BigDecimal("0.3")))
                .add(r.technical.multiply(new BigDecimal("0.3")))
                .setScale(4, RoundingMode.HALF_UP);
        r.askingPrice = BigDecimal.valueOf(10_000L * (5 + random.nextInt(2000)), 0).setScale(2);
        r.contact = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return r;
    }

    private List<Org> organizations(int count) {
        List<Org> orgs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String[] field = FIELDS[random.nextInt(FIELDS.length)];
            int kind = random.nextInt(10);
            if (kind < 3) {
                String suffix = i < 200 ? "" : "第" + (i / 200 + 1) + "分校";
                orgs.add(new Org(String.valueOf(10001 + i), place[2] + field[0] + "大学" + suffix,
                        place[3] + " " + field[1] + (suffix.isEmpty() ? "" : " Campus " + (i / 200 + 1)), "UNIVERSITY", place[1]));
            } else if (kind < 5) {
                orgs.add(new Org("I" + (20001 + i), place[2] + field[2] + "研究院",
                        place[3] + " Institute of " + field[3], "INSTITUTE", place[1]));
            } else {
                String[] b1 = pick(BRANDS);
                String[] b2 = pick(BRANDS);
                String code = "91" + place[1] + String.format("%09dX", i);
                orgs.add(new Org(code, place[2] + b1[0] + b2[0] + field[2] + "科技有限公司",
                        place[3] + " " + b1[1] + b2[1].toLowerCase() + " " + field[3] + " Technology Co., Ltd.",
                        "ENTERPRISE", place[1]));
            }
        }
        return orgs;
    }

    private Theme theme() {
        int x = random.nextInt(themeTotal);
        for (Theme t : THEMES) {
            x -= t.weight;
            if (x < 0) {
                return t;
            }
        }
        throw new IllegalStateException();
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private BigDecimal score() {
        double s = Math.max(55, Math.min(99.5, 76 + random.nextGaussian() * 7));
        return BigDecimal.valueOf(s).setScale(4, RoundingMode.HALF_UP);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String json(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? "," : "").append('"').append(values.get(i).replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }
}
