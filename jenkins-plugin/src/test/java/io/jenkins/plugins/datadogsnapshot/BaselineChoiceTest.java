package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineChoiceTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void shouldTakeThePreviousSuccessfulBuildWhenNothingIsGiven(String text) {
        assertThat(BaselineChoice.parse(text)).isEqualTo(BaselineChoice.PREVIOUS_SUCCESSFUL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", " None "})
    void shouldSwitchTheBaselineOffWithNone(String text) {
        assertThat(BaselineChoice.parse(text).kind()).isEqualTo(BaselineChoice.Kind.NONE);
    }

    @ParameterizedTest
    @CsvSource({"41, 41", "'#41', 41", "' # 7 ', 7", "000123, 123"})
    void shouldReadABuildNumberWithOrWithoutItsHash(String text, int number) {
        assertThat(BaselineChoice.parse(text)).isEqualTo(new BaselineChoice(BaselineChoice.Kind.BUILD, number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lastSuccessfulBuild", "41.5", "-3", "#", "build 41", "1234567890"})
    void shouldRefuseAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> BaselineChoice.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseline: '" + text.trim() + "' is not a build")
                .hasMessageContaining("none");
    }

    @Test
    void shouldRefuseBuildZero() {
        assertThatThrownBy(() -> BaselineChoice.parse("0"))
                .hasMessageStartingWith("baseline: build numbers start at 1");
    }

    @Test
    void shouldSayThatAVariableLeftUnexpandedIsNotSet() {
        assertThatThrownBy(() -> BaselineChoice.parse("${BASELINE}"))
                .hasMessageStartingWith("baseline: '${BASELINE}' is not a build")
                .hasMessageContaining("not set in the build's environment");
    }

    @Test
    void shouldRefuseThisBuildAndLaterOnesButAcceptEarlierOnes() {
        assertThatThrownBy(() -> BaselineChoice.parse("12").checkEarlierThan(12))
                .hasMessage("baseline: build #12 is this build; give an earlier build");
        assertThatThrownBy(() -> BaselineChoice.parse("13").checkEarlierThan(12))
                .hasMessage("baseline: build #13 comes after this build (#12); give an earlier build");
        assertThat(BaselineChoice.parse("11").checkEarlierThan(12).number()).isEqualTo(11);
        assertThat(BaselineChoice.parse("").checkEarlierThan(1)).isEqualTo(BaselineChoice.PREVIOUS_SUCCESSFUL);
    }

    @Test
    void shouldReadBackTheBuildNumberOfItsOwnLabelsOnly() {
        assertThat(BaselineChoice.label(41)).isEqualTo("build #41");
        assertThat(BaselineChoice.buildNumberOf(BaselineChoice.label(41))).isEqualTo(OptionalInt.of(41));
        assertThat(BaselineChoice.buildNumberOf("target/baseline-snapshots")).isEmpty();
        assertThat(BaselineChoice.buildNumberOf("build #41 (main)")).isEmpty();
        assertThat(BaselineChoice.buildNumberOf(null)).isEmpty();
    }
}
