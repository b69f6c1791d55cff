package org.frontdoor.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.services.ServiceDefinition.Option;
import org.frontdoor.services.ServiceDefinition.Page;
import org.frontdoor.services.ServiceDefinition.Question;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    @Test
    void keepsValidAnswersAndReportsTheInvalidOnesInPageOrder() {
        var page = page(text("name", "Your full name", true), money("amount", "Amount", "1", "1500"), question("phone", QuestionType.PHONE, "Phone number", true));
        var checked = AnswerCheck.page(page, input("name", "Ada Lovelace", "amount", "2,000", "phone", "not a phone"), Map.of());
        assertThat(checked.answers()).containsExactly(Map.entry("name", "Ada Lovelace"));
        assertThat(checked.problems()).containsExactly(
                new FieldProblem("amount", "Amount must be £1500 or less"),
                new FieldProblem("phone", "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"));
    }

    @Test
    void requiredQuestionsLeftEmptyAreNamedAndOptionalOnesAreSkipped() {
        var page = page(text("name", "Your full name", true), text("nickname", "Nickname", false));
        var checked = AnswerCheck.page(page, input("name", "  ", "nickname", ""), Map.of());
        assertThat(checked.answers()).isEmpty();
        assertThat(checked.problems()).containsExactly(new FieldProblem("name", "Enter your full name"));
    }

    @Test
    void textIsTrimmedLimitedAndMatchedAgainstItsPattern() {
        var reference = new Question("ref", QuestionType.TEXT, "Crime reference", null, true, null, null, List.of(), 13,
                "[0-9]{1,3}/[0-9]{4,8}/[0-9]{2}", "Enter the reference as it appears on your letter", null, null, List.of(), null);
        assertThat(AnswerCheck.page(page(reference), input("ref", " 42/1234567/26 "), Map.of()).answers()).containsEntry("ref", "42/1234567/26");
        assertThat(AnswerCheck.page(page(reference), input("ref", "42-1234567"), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Enter the reference as it appears on your letter");
        assertThat(AnswerCheck.page(page(reference), input("ref", "1".repeat(14)), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Crime reference must be 13 characters or fewer");
    }

    @Test
    void hiddenControlCharactersAreRefusedButLineBreaksInLongTextAreKept() {
        var page = page(text("name", "Your full name", true), question("story", QuestionType.LONG_TEXT, "What happened", true),
                question("home", QuestionType.ADDRESS, "Your address", true));
        var checked = AnswerCheck.page(page, input("name", "Ada\u0000Lovelace", "story", "First line\r\nsecond\tline",
                "home-line1", "1 High\u0007 Street", "home-town", "Leeds", "home-postcode", "LS1 1AA"), Map.of());
        assertThat(checked.answers()).containsExactly(Map.entry("story", "First line\r\nsecond\tline"));
        assertThat(checked.problems()).containsExactly(
                new FieldProblem("name", "Your full name contains a hidden character (a control code) that we cannot accept. Type it in again"),
                new FieldProblem("home-line1", "Your address contains a hidden character (a control code) that we cannot accept. Type it in again"));
    }

    @Test
    void moneyIsExactWithPoundsAndPence() {
        var amount = money("amount", "Amount", null, null);
        assertThat(AnswerCheck.page(page(amount), input("amount", "£1,234.50"), Map.of()).answers())
                .containsEntry("amount", new BigDecimal("1234.50"));
        assertThat(AnswerCheck.page(page(amount), input("amount", "12.345"), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Amount must be an amount of money, like 600 or 193.54");
    }

    @Test
    void datesComeFromThreeFieldsAndMustBeReal() {
        var date = question("when", QuestionType.DATE, "Date of birth", true);
        assertThat(AnswerCheck.page(page(date), input("when-day", "29", "when-month", "2", "when-year", "2024"), Map.of()).answers())
                .containsEntry("when", "2024-02-29");
        assertThat(AnswerCheck.page(page(date), input("when-day", "29", "when-month", "2", "when-year", "2023"), Map.of()).problems())
                .containsExactly(new FieldProblem("when-day", "Date of birth must be a real date"));
        assertThat(AnswerCheck.page(page(date), input("when-day", "1", "when-month", "", "when-year", "2023"), Map.of()).problems())
                .containsExactly(new FieldProblem("when-month", "Date of birth must include a month"));
        assertThat(AnswerCheck.page(page(date), input("when-day", "1", "when-month", "2", "when-year", "23"), Map.of()).problems())
                .containsExactly(new FieldProblem("when-year", "Year must include 4 numbers"));
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        var single = choice("colour", QuestionType.SINGLE_CHOICE);
        var multiple = choice("colours", QuestionType.MULTIPLE_CHOICE);
        assertThat(AnswerCheck.page(page(single), input("colour", "green"), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Select one of the options");
        var several = new HashMap<String, List<String>>();
        several.put("colours", List.of("blue", "red", "red"));
        assertThat(AnswerCheck.page(page(multiple), several, Map.of()).answers()).containsEntry("colours", List.of("red", "blue"));
        assertThat(AnswerCheck.page(page(multiple), Map.of(), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Select at least one option: Colour");
    }

    @Test
    void addressesNeedALineATownAndARealPostcode() {
        var address = question("home", QuestionType.ADDRESS, "Home address", true);
        var good = AnswerCheck.page(page(address), input("home-line1", "10 Downing Street", "home-town", "London", "home-postcode", "sw1a2aa"), Map.of());
        assertThat(good.answers().get("home")).isEqualTo(Map.of("line1", "10 Downing Street", "town", "London", "postcode", "SW1A 2AA"));
        var bad = AnswerCheck.page(page(address), input("home-line1", "", "home-town", "London", "home-postcode", "NOT A CODE"), Map.of());
        assertThat(bad.problems()).containsExactly(
                new FieldProblem("home-line1", "Enter address line 1, typically the building and street"),
                new FieldProblem("home-postcode", "Enter a real postcode, like SW1A 2AA"));
    }

    @Test
    void questionsHiddenByTheirConditionAreSkipped() {
        var onlyIfYes = new Question("detail", QuestionType.TEXT, "Detail", null, true, null, condition("answers.more == true"),
                List.of(), null, null, null, null, null, List.of(), null);
        var page = page(question("more", QuestionType.YES_NO, "More?", true), onlyIfYes);
        assertThat(AnswerCheck.page(page, input("more", "no"), Map.of()).valid()).isTrue();
        assertThat(AnswerCheck.page(page, input("more", "yes"), Map.of()).problems())
                .containsExactly(new FieldProblem("detail", "Enter detail"));
    }

    @Test
    void repeatingGroupsReadEachNonEmptyItem() {
        var group = new Question("members", QuestionType.REPEATING_GROUP, "Household members", null, false, null, null, List.of(),
                null, null, null, null, null, List.of(text("memberName", "Full name", true), text("memberRole", "Relationship", false)), 2);
        var checked = AnswerCheck.page(page(group), input("members-1-memberName", "Ann", "members-1-memberRole", "Sister",
                "members-2-memberName", "", "members-2-memberRole", "", "members-3-memberName", "", "members-3-memberRole", "Friend"), Map.of());
        assertThat(checked.answers().get("members")).isEqualTo(List.of(Map.of("memberName", "Ann", "memberRole", "Sister"),
                Map.of("memberRole", "Friend")));
        assertThat(checked.problems()).containsExactly(new FieldProblem("members-3-memberName", "Enter full name"));
    }

    @Test
    void customRequiredMessagesWin() {
        var question = new Question("colour", QuestionType.TEXT, "Colour", null, true, "Tell us your favourite colour", null,
                List.of(), null, null, null, null, null, List.of(), null);
        assertThat(AnswerCheck.page(page(question), Map.of(), Map.of()).problems())
                .extracting(FieldProblem::message).containsExactly("Tell us your favourite colour");
    }

    private static Page page(Question... questions) {
        return new Page("page", "A page", null, List.of(questions));
    }

    private static Question text(String id, String label, boolean required) {
        return new Question(id, QuestionType.TEXT, label, null, required, null, null, List.of(), null, null, null, null, null, List.of(), null);
    }

    private static Question question(String id, QuestionType type, String label, boolean required) {
        return new Question(id, type, label, null, required, null, null, List.of(), null, null, null, null, null, List.of(), null);
    }

    private static Question money(String id, String label, String min, String max) {
        return new Question(id, QuestionType.MONEY, label, null, true, null, null, List.of(), null, null, null,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), List.of(), null);
    }

    private static Question choice(String id, QuestionType type) {
        return new Question(id, type, "Colour", null, true, null, null, List.of(new Option("red", "Red"), new Option("blue", "Blue")),
                null, null, null, null, null, List.of(), null);
    }

    private static Condition condition(String source) {
        return new Condition() {
            public String source() {
                return source;
            }

            public boolean test(Map<String, ?> answers) {
                return Boolean.TRUE.equals(answers.get("more"));
            }
        };
    }

    private static Map<String, List<String>> input(String... pairs) {
        var map = new HashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return map;
    }
}
