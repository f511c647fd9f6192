package limber.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import org.junit.jupiter.api.Test;

/** The whole text of a tiny routine's session in each language Limber speaks, written out. */
class LanguagesTest {
    private static List<String> said(String language) {
        Routine r = new Routine("T", null, List.of(), Routine.DEFAULT_HOLD_OPTIONS, 30, 5, 2, Routine.DEFAULT_COUNTDOWN,
                List.of(new Stretch("A", List.of(new Step.Say("a", 0), new Step.Hold(null, "L"))),
                        new Stretch("B", List.of(new Step.Say("b", 0), new Step.Hold(1, null), new Step.Rest(1)))),
                language);
        return TimelineCompiler.compile(r, SessionOptions.defaults(30), 16_000, text -> 0).events().stream()
                .filter(e -> e instanceof Event.Speech).map(e -> ((Event.Speech) e).text()).toList();
    }

    @Test
    void english() {
        assertEquals(List.of("T.", "Each hold lasts 30 seconds.", "Stretch 1 of 2: A.", "a", "Hold for 30 seconds, L.",
                "10 seconds left.", "3.", "2.", "1.", "Release.", "Rest. Next: B.", "Stretch 2 of 2: B.", "b",
                "Hold for 1 second.", "Release.", "Rest for 1 second.", "That is the end of the routine. Well done."),
                said("en"));
    }

    @Test
    void german() {
        assertEquals(List.of("T.", "Du hältst jede Dehnung 30 Sekunden lang.", "Übung 1 von 2: A.", "a",
                "Halte 30 Sekunden lang, L.", "Noch 10 Sekunden.", "3.", "2.", "1.", "Und lösen.",
                "Kurze Pause. Als Nächstes: B.", "Übung 2 von 2: B.", "b", "Halte eine Sekunde lang.", "Und lösen.",
                "Ruh dich eine Sekunde lang aus.", "Das war die letzte Übung. Gut gemacht."), said("de"));
    }

    @Test
    void spanish() {
        assertEquals(List.of("T.", "Cada estiramiento dura 30 segundos.", "Estiramiento 1 de 2: A.", "a",
                "Mantén la postura 30 segundos, L.", "Quedan 10 segundos.", "3.", "2.", "1.", "Y suelta.",
                "Descansa. A continuación: B.", "Estiramiento 2 de 2: B.", "b", "Mantén la postura un segundo.", "Y suelta.",
                "Descansa un segundo.", "Has terminado la rutina. Buen trabajo."), said("es"));
    }

    @Test
    void french() {
        assertEquals(List.of("T.", "Chaque étirement dure 30 secondes.", "Étirement 1 sur 2 : A.", "a",
                "Tenez la posture 30 secondes, L.", "Encore 10 secondes.", "3.", "2.", "1.", "Relâchez.",
                "Reposez-vous. Ensuite : B.", "Étirement 2 sur 2 : B.", "b", "Tenez la posture une seconde.", "Relâchez.",
                "Reposez-vous une seconde.", "La séance est terminée. Bravo."), said("fr"));
    }

    @Test
    void brazilianPortuguese() {
        assertEquals(List.of("T.", "Cada alongamento dura 30 segundos.", "Alongamento 1 de 2: A.", "a",
                "Segure a posição por 30 segundos, L.", "Faltam 10 segundos.", "3.", "2.", "1.", "Pode soltar.",
                "Descanse. A seguir: B.", "Alongamento 2 de 2: B.", "b", "Segure a posição por um segundo.", "Pode soltar.",
                "Descanse por um segundo.", "Chegamos ao fim da sequência. Muito bem."), said("pt-BR"));
    }

    @Test
    void polish() {
        assertEquals(List.of("T.", "Każde rozciąganie trwa 30 sekund.", "Ćwiczenie 1 z 2: A.", "a",
                "Wytrzymaj w tej pozycji 30 sekund, L.", "Jeszcze 10 sekund.", "3.", "2.", "1.", "Rozluźnij się.",
                "Chwila odpoczynku. Następne ćwiczenie: B.", "Ćwiczenie 2 z 2: B.", "b",
                "Wytrzymaj w tej pozycji jedną sekundę.", "Rozluźnij się.", "Odpocznij przez jedną sekundę.",
                "To już koniec sesji. Dobra robota."), said("pl"));
    }

    @Test
    void russian() {
        assertEquals(List.of("T.", "Каждая поза длится 30 секунд.", "Упражнение 1 из 2: A.", "a",
                "Удерживайте позу 30 секунд, L.", "Ещё 10 секунд.", "3.", "2.", "1.", "Расслабьтесь.",
                "Отдых. Следующее упражнение: B.", "Упражнение 2 из 2: B.", "b", "Удерживайте позу одну секунду.",
                "Расслабьтесь.", "Отдохните одну секунду.", "Занятие окончено. Отличная работа."), said("ru"));
    }

    @Test
    void ukrainian() {
        assertEquals(List.of("T.", "Кожна поза триває 30 секунд.", "Вправа 1 з 2: A.", "a",
                "Утримуйте позу 30 секунд, L.", "Ще 10 секунд.", "3.", "2.", "1.", "Розслабтеся.",
                "Відпочинок. Наступна вправа: B.", "Вправа 2 з 2: B.", "b", "Утримуйте позу одну секунду.",
                "Розслабтеся.", "Відпочиньте одну секунду.", "Заняття завершено. Чудова робота."), said("uk"));
    }
}
