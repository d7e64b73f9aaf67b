package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds sums of money in one pass over the text: a number (Arabic digits, with . and , ) followed by a money
 * unit from {@code amount-words.txt}, with the approximation words around it. Bare 亿/万 count as money only
 * when no measure word follows (300万件 is a count of pieces, not money).
 */
final class AmountFinder {

    private static final Terms RULES = Terms.load("rules/amount-finder.txt");
    private static final char MEASURE_GE = RULES.character("measure-ge");
    private static final String HUNDRED_MILLION = RULES.word("hundred-million");
    private static final String TEN_THOUSAND = RULES.word("ten-thousand");
    private static final String YUAN = RULES.word("yuan");
    private static final String YUAN_PER = RULES.word("yuan-per");
    private static final String MORE_THAN = RULES.word("more-than");

    private record Unit(double multiplier, String currency) {
    }

    private final WordTable<Unit> units;
    private final WordTable<Boolean> approximations;
    private final String measureWords;

    public AmountFinder() {
        Map<String, Unit> unitMap = new HashMap<>();
        Map<String, Boolean> approx = new HashMap<>();
        for (String[] row : Lexicon.rows("amount-words.txt")) {
            switch (row[1]) {
                case "UNIT" -> unitMap.put(row[0], new Unit(Double.parseDouble(row[2]), row[3]));
                case "APPROX" -> approx.put(row[0], true);
                default -> approx.put(row[0], false);
            }
        }
        units = new WordTable<>(unitMap);
        approximations = new WordTable<>(approx);
        measureWords = String.join("", Lexicon.words("measure-words.txt"));
    }

    public List<Amount> find(String text) {
        List<Amount> amounts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int numberStart = i;
            while (i < text.length() && (isDigit(text.charAt(i)) || text.charAt(i) == '.' || (text.charAt(i) == ',' && i + 1 < text.length() && isDigit(text.charAt(i + 1))))) {
                i++;
            }
            int numberEnd = i;
            if (numberStart > 0 && (Character.isLetter(text.charAt(numberStart - 1)) && text.charAt(numberStart - 1) < 0x2E80)) {
                continue; // part of a Latin code such as 5G or PM2.5
            }
            Amount amount = readAmount(text, numberStart, numberEnd);
            if (amount != null) {
                amounts.add(amount);
                i = amount.end();
            }
        }
        return amounts;
    }

    private Amount readAmount(String text, int numberStart, int numberEnd) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.substring(numberStart, numberEnd).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        int unitStart = numberEnd;
        boolean approximate = false;
        // 40余亿元, 80多亿元: the approximation word may sit between the number and the unit
        WordTable.Hit<Boolean> inner = approximations.longestStartingAt(text, unitStart);
        if (inner != null && Boolean.TRUE.equals(inner.value()) && inner.word().length() == 1) {
            approximate = true;
            unitStart = inner.end();
        }
        if (unitStart < text.length() && text.charAt(unitStart) == MEASURE_GE) {
            unitStart++; // 80个亿
        }
        WordTable.Hit<Unit> unit = units.longestStartingAt(text, unitStart);
        if (unit == null) {
            return null;
        }
        if ((unit.word().equals(HUNDRED_MILLION) || unit.word().equals(TEN_THOUSAND)) && !isBareUnitMoney(text, unit.end())) {
            return null;
        }
        if (unit.word().equals(YUAN) && text.startsWith(YUAN_PER, unit.end()) ) {
            return null; // a price per unit
        }
        int start = numberStart;
        WordTable.Hit<Boolean> before = approximations.longestEndingAt(text, numberStart);
        if (before != null) {
            approximate |= before.value();
            if (before.value()) {
                start = before.start();
            }
        }
        int end = unit.end();
        WordTable.Hit<Boolean> after = approximations.longestStartingAt(text, end);
        if (after != null && after.value() && after.word().length() >= 1 && !after.word().equals(MORE_THAN)) {
            approximate = true;
            end = after.end();
        }
        if (numberEnd < text.length() && (text.charAt(numberEnd) == '-' || text.charAt(numberEnd) == '~' || text.charAt(numberEnd) == Chars.WAVE_DASH)) {
            approximate = true;
        }
        // Decimal arithmetic: 39.55 * 1e8 in doubles is 3954999999.9999995, not the 3955000000 the text states.
        double value = number.multiply(BigDecimal.valueOf(unit.value().multiplier())).doubleValue();
        return new Amount(start, end, value, unit.value().currency(), approximate);
    }

    /** 亿 or 万 without 元: money unless a measure word (件, 吨, 人, ...) follows. */
    private boolean isBareUnitMoney(String text, int afterUnit) {
        if (afterUnit >= text.length()) {
            return true;
        }
        char next = text.charAt(afterUnit);
        return measureWords.indexOf(next) < 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
