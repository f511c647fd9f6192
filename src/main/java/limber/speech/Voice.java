package limber.speech;

import java.util.Objects;

/**
 * A voice Limber can narrate with: its engine, its name there, the language it speaks (a BCP 47
 * tag), the sample rate it renders at and its licence. {@link #id()} is what {@code --voice}
 * takes: {@code rhvoice:clb}, {@code freetts:kevin16}.
 */
public record Voice(String engine, String name, String language, int sampleRate, String licence) {
    public Voice {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(licence, "licence");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
    }

    /** {@code engine:name}. */
    public String id() {
        return engine + ":" + name;
    }
}
