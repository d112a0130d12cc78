package se.medborgarlofte.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.medborgarlofte.cases.CaseViews.Page;
import se.medborgarlofte.cases.CaseViews.PledgeSummary;

/** The links of the case list keep the search exactly, sort column by column and turn pages. */
class CaseListPageTests {

    private static final Page<PledgeSummary> SECOND_OF_THREE = new Page<>(List.of(), 1, 10, 25, 3);

    @Test
    void linksKeepTheSearchEncodedAsAFormWould() {
        CaseListPage page = CaseListPage.found(
                new ListQuery("implement", null, " 2026 ", "Torg & park", "", "a+b ö", "1", "10", null),
                SECOND_OF_THREE);

        assertThat(page.pageLink(2))
                .isEqualTo("/arenden?q=a%2Bb+%C3%B6&stage=implement&year=2026&area=Torg+%26+park&size=10&page=2");
        assertThat(page.pageLink(0)).doesNotContain("page=");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.firstItem()).isEqualTo(11);
        assertThat(page.filtered()).isTrue();
    }

    @Test
    void theListIsNewestFirstUntilAColumnIsChosenAndAChosenColumnTurnsAround() {
        CaseListPage unsorted = CaseListPage.found(query(null), SECOND_OF_THREE);
        assertThat(unsorted.sort()).isEqualTo("registrationNumber,desc");
        assertThat(unsorted.ariaSort("registrationNumber")).isEqualTo("descending");
        assertThat(unsorted.ariaSort("title")).isNull();
        assertThat(unsorted.sortLink("registrationNumber")).isEqualTo("/arenden?sort=registrationNumber%2Casc");
        assertThat(unsorted.sortLink("title")).isEqualTo("/arenden?sort=title%2Casc");

        CaseListPage byTitle = CaseListPage.found(query("title,asc"), SECOND_OF_THREE);
        assertThat(byTitle.ariaSort("title")).isEqualTo("ascending");
        assertThat(byTitle.sortLink("title")).isEqualTo("/arenden?sort=title%2Cdesc");
        assertThat(CaseListPage.found(query("title"), SECOND_OF_THREE).sort()).isEqualTo("title,asc");
        assertThat(byTitle.filtered()).isFalse();
    }

    @Test
    void aPageSizeOutsideTheChoicesIsOfferedToo() {
        assertThat(CaseListPage.found(query(null), new Page<>(List.of(), 0, 7, 0, 0))
                        .sizes())
                .containsExactly(7, 10, 20, 50, 100);
        assertThat(CaseListPage.found(query(null), new Page<>(List.of(), 0, 20, 0, 0))
                        .sizes())
                .containsExactly(10, 20, 50, 100);
    }

    @Test
    void theNumbersOrdersAreNamedWithTheInstallationsTerm() {
        List<CaseListPage.Option> sorts =
                CaseListPage.found(query(null), SECOND_OF_THREE).sorts("Ärendenummer");

        assertThat(sorts.get(0).label()).isEqualTo("Ärendenummer, nyast först");
        assertThat(sorts.get(1).label()).isEqualTo("Ärendenummer, äldst först");
        assertThat(sorts).extracting(CaseListPage.Option::label).contains("Rubrik A–Ö");
    }

    private static ListQuery query(String sort) {
        return new ListQuery(null, null, null, null, null, null, null, null, sort);
    }
}
