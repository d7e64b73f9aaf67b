package com.zhengqi.graph.read;

import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the inside of a byline ("记者 郭涛 通讯员 李绍光", "文/摄 李昕 张宪文", "吕晓璞 摄") into credits.
 * Every token must be a role word from {@code lexicon/byline-roles.txt} or a personal name, otherwise
 * the text is not a byline and nothing is returned: that is what keeps ordinary sentences out.
 * A role word credits the names after it; names before any role word are reporters; a role marked
 * as able to follow names ({@code 摄}) credits the names just before it when nothing follows.
 */
final class CreditParser {

    private static final Pattern SEPARATORS = Terms.load("rules/read.txt").pattern("credit-separators");
    private static final int MOST_TOKENS = 24;
    private static final int SHORTEST_NAME = 2;
    private static final int LONGEST_NAME = 4;
    /** The usual length of a name glued to the next one (记者蔡某勤汤某明). */
    private static final int PAIRED_NAME = 3;

    /** A role word: the roles it gives (none for words like 报道) and whether it may follow its names. */
    record RoleWord(List<Role> roles, boolean mayFollowNames) {
    }

    private final Map<String, RoleWord> roleWords;
    private final PersonNames names;
    private final Set<String> mediaSuffixes;
    private final int longestRoleWord;

    CreditParser(Map<String, RoleWord> roleWords, PersonNames names, Set<String> mediaSuffixes) {
        this.roleWords = Map.copyOf(roleWords);
        this.names = names;
        this.mediaSuffixes = Set.copyOf(mediaSuffixes);
        this.longestRoleWord = roleWords.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static CreditParser fromLexicons(PersonNames names) {
        Map<String, RoleWord> words = Lexicon.pairs("byline-roles.txt").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> roleWord(e.getValue())));
        return new CreditParser(words, names, Set.copyOf(Lexicon.words("media-suffixes.txt")));
    }

    private static RoleWord roleWord(String spec) {
        if (spec.equals("-")) {
            return new RoleWord(List.of(), false);
        }
        boolean follows = spec.startsWith("<");
        List<Role> roles = Arrays.stream(spec.substring(follows ? 1 : 0).split(","))
                .map(String::strip).map(Role::valueOf).toList();
        return new RoleWord(roles, follows);
    }

    /** Whether the whole token is a role word. */
    boolean isRoleWord(String token) {
        return roleWords.containsKey(token);
    }

    /** Whether the word is a role word that may stand after the names it credits (摄). */
    boolean followsNames(String word) {
        RoleWord role = roleWords.get(word);
        return role != null && role.mayFollowNames();
    }

    /** Length of the longest reporter's role word (本报记者, 记者) the text starts with, or 0. */
    int roleWordLength(String text) {
        for (int length = Math.min(longestRoleWord, text.length()); length > 0; length--) {
            RoleWord word = roleWords.get(text.substring(0, length));
            if (word != null && word.roles().contains(Role.REPORTER) && !word.mayFollowNames()) {
                return length;
            }
        }
        return 0;
    }

    /** Whether the text starts with a role word (本报记者, 通讯员 ...), glued to a name or not. */
    boolean startsWithRoleWord(String text) {
        for (int length = Math.min(longestRoleWord, text.length()); length > 0; length--) {
            if (roleWords.containsKey(text.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Credits read from the text, or empty when it is not a byline. {@code defaultRole} credits names
     * before any role word. When {@code surnamesRequired} every name must start with a known surname;
     * otherwise a role word before a name vouches for it (记者 扎西).
     */
    Optional<List<Credit>> parse(String text, Role defaultRole, boolean surnamesRequired) {
        List<String> raw = SEPARATORS.splitAsStream(text.strip()).filter(t -> !t.isEmpty()).toList();
        if (raw.isEmpty() || raw.size() > MOST_TOKENS) {
            return Optional.empty();
        }
        List<Token> tokens = new ArrayList<>();
        for (String token : mergeSplitNames(raw)) {
            if (!classify(token, tokens, surnamesRequired)) {
                return Optional.empty();
            }
        }
        return assign(tokens, defaultRole);
    }

    /** Two-character names printed as "王 军" (padded to three widths) come back together. */
    private List<String> mergeSplitNames(List<String> raw) {
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            if (i + 1 < raw.size() && token.length() == 1 && names.isBylineSurname(token) && !isRoleWord(token)
                    && raw.get(i + 1).length() == 1 && Chars.isHan(raw.get(i + 1).charAt(0)) && !isRoleWord(raw.get(i + 1))) {
                merged.add(token + raw.get(i + 1));
                i++;
            } else {
                merged.add(token);
            }
        }
        return merged;
    }

    /** Adds the token (split into role word and name where glued) to the list; false when it is neither. */
    private boolean classify(String token, List<Token> out, boolean surnamesRequired) {
        if (roleWords.containsKey(token)) {
            out.add(Token.role(roleWords.get(token)));
            return true;
        }
        if (mediaRoleWord(token, out)) {
            return true;
        }
        boolean vouched = !surnamesRequired && out.stream().anyMatch(t -> t.isRole() && !t.word().roles().isEmpty());
        if (names.isBylineName(token, vouched)) {
            out.add(Token.name(token));
            return true;
        }
        if (token.indexOf('/') > 0 && !token.endsWith("/")) {
            for (String part : token.split("/")) {
                if (part.isEmpty() || !classify(part, out, surnamesRequired)) {
                    return false;
                }
            }
            return true;
        }
        return gluedRoleWord(token, out, surnamesRequired);
    }

    /** "新华社记者", "人民日报记者": a media name in front of a role word. */
    private boolean mediaRoleWord(String token, List<Token> out) {
        for (int length = Math.min(longestRoleWord, token.length() - 2); length > 0; length--) {
            String word = token.substring(token.length() - length);
            RoleWord role = roleWords.get(word);
            String media = token.substring(0, token.length() - length);
            if (role != null && !role.mayFollowNames() && media.length() <= 8 && mediaSuffixes.stream().anyMatch(media::endsWith)) {
                out.add(Token.role(role));
                return true;
            }
        }
        return false;
    }

    /**
     * "记者王嘉晨", "王思俊摄", "记者马某通讯员于某", "记者蔡某勤汤某明": role words and names glued into one token. The
     * token is read left to right as role words (longest first) and names; a name ends where a role word starts, at
     * the token's end, or, between two three-character names that open with byline surnames, after three characters.
     */
    private boolean gluedRoleWord(String token, List<Token> out, boolean surnamesRequired) {
        List<Token> read = new ArrayList<>(out);
        if (!glued(token, read, surnamesRequired) || read.size() < out.size() + 2) {
            return false;
        }
        out.clear();
        out.addAll(read);
        return true;
    }

    private boolean glued(String token, List<Token> out, boolean surnamesRequired) {
        if (token.isEmpty()) {
            return true;
        }
        int size = out.size();
        for (int length = Math.min(longestRoleWord, token.length()); length > 0; length--) {
            RoleWord role = roleWords.get(token.substring(0, length));
            if (role == null || role.mayFollowNames() && size == 0 && length < token.length()) {
                continue;
            }
            out.add(Token.role(role));
            if (glued(token.substring(length), out, surnamesRequired)) {
                return true;
            }
            out.subList(size, out.size()).clear();
        }
        boolean vouched = !surnamesRequired && out.stream().anyMatch(t -> t.isRole() && !t.word().roles().isEmpty());
        for (int length = SHORTEST_NAME; length <= Math.min(LONGEST_NAME, token.length()); length++) {
            String name = token.substring(0, length);
            String rest = token.substring(length);
            boolean ends = rest.isEmpty() || startsWithRoleWord(rest) && !(length == LONGEST_NAME && creditsNoOne(rest))
                    && !lastCharacterOfName(length, rest) || pairedName(name, rest);
            if (!ends || !names.isBylineName(name, vouched && size > 0 && out.get(size - 1).isRole())) {
                continue;
            }
            out.add(Token.name(name));
            if (glued(rest, out, surnamesRequired)) {
                return true;
            }
            out.subList(size, out.size()).clear();
        }
        return false;
    }

    /**
     * Whether {@code rest}, left after a two-character name, is one character that ends the name rather than a role
     * word glued to it: 记者杨某文 (文 closes many given names) is 杨某文, not 杨某 with a text credit; 王某摄 stays 王某.
     */
    private boolean lastCharacterOfName(int length, String rest) {
        return length == SHORTEST_NAME && rest.length() == 1 && names.oftenClosesGivenNames(rest.charAt(0));
    }

    /**
     * 蔡某勤汤某明: two three-character names glued, each opening with a byline surname, the second ending the token
     * or followed by a role word (so not 聂某林武汉报道, where a filing place follows).
     */
    private boolean pairedName(String name, String rest) {
        if (name.length() != PAIRED_NAME || rest.length() < PAIRED_NAME) {
            return false;
        }
        String next = rest.substring(0, PAIRED_NAME);
        String after = rest.substring(PAIRED_NAME);
        return names.isBylineName(name, false) && names.isBylineName(next, false) && (after.isEmpty() || startsWithRoleWord(after));
    }

    /**
     * Whether the text starts with a word that ends a byline and credits no one (报道): a four-character name right
     * before it is more likely a name and a filing place glued (龙某北京报道) and is not taken.
     */
    private boolean creditsNoOne(String text) {
        for (int length = Math.min(longestRoleWord, text.length()); length > 0; length--) {
            RoleWord word = roleWords.get(text.substring(0, length));
            if (word != null) {
                return word.roles().isEmpty();
            }
        }
        return false;
    }

    private static Optional<List<Credit>> assign(List<Token> tokens, Role defaultRole) {
        Set<Credit> credits = new LinkedHashSet<>();
        List<Role> current = List.of(defaultRole);
        List<String> sinceLastRole = new ArrayList<>();
        boolean anyName = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isRole()) {
                anyName = true;
                sinceLastRole.add(token.name());
                for (Role role : current) {
                    credits.add(new Credit(token.name(), role));
                }
                continue;
            }
            boolean namesFollow = tokens.subList(i + 1, tokens.size()).stream().anyMatch(t -> !t.isRole());
            if (token.word().mayFollowNames() && !namesFollow && !sinceLastRole.isEmpty()) {
                recredit(credits, sinceLastRole, current, token.word().roles());
            } else if (!token.word().roles().isEmpty()) {
                current = token.word().roles();
            }
            sinceLastRole = new ArrayList<>();
        }
        return anyName ? Optional.of(List.copyOf(credits)) : Optional.empty();
    }

    /** "本报记者 王思俊 摄": the photo credit replaces the role the names had. */
    private static void recredit(Set<Credit> credits, List<String> people, List<Role> from, List<Role> to) {
        for (String person : people) {
            from.forEach(role -> credits.remove(new Credit(person, role)));
            to.forEach(role -> credits.add(new Credit(person, role)));
        }
    }

    private record Token(RoleWord word, String name) {
        static Token role(RoleWord word) {
            return new Token(word, null);
        }

        static Token name(String name) {
            return new Token(null, name);
        }

        boolean isRole() {
            return word != null;
        }
    }
}
