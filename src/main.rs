//! The `gloss` command: everything happens in [`gloss::cli`].

fn main() -> std::process::ExitCode {
    gloss::cli::main()
}
