//! Texts made in parallel, written in order: unit `n`'s text reaches the
//! output once units `0..n` are written. The unit at the head of the queue
//! writes its text straight through as it grows, so one file with a huge
//! output is not held in memory whole.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Condvar, Mutex, MutexGuard};

use super::FileReport;

/// Bytes a unit gathers before it tries to write them through.
const WRITE_THROUGH: usize = 1 << 16;

/// The ordered output shared by the workers.
pub(super) struct Ordered<W, D> {
    state: Mutex<State<W, D>>,
    advanced: Condvar,
    separator: Vec<u8>,
}

struct State<W, D> {
    /// The unit whose text is written next.
    next: usize,
    /// Units done before their turn: their text, whether part of it is
    /// written already, and their reports.
    done: BTreeMap<usize, (Vec<u8>, bool, Vec<FileReport>)>,
    out: W,
    deliver: D,
    /// Whether any text was written (the separator goes before the next).
    wrote_any: bool,
    error: Option<std::io::Error>,
}

/// The text of one unit, as its worker writes it.
pub(super) struct UnitText<'o> {
    position: usize,
    bytes: Vec<u8>,
    /// Some of the text is written already.
    started: bool,
    /// The length at which to try writing through again (a unit that is
    /// not at the head waits for more text before it asks again).
    try_at: usize,
    through: Option<&'o dyn WriteThrough>,
}

/// Lets a unit's text be written before the unit is done.
pub(super) trait WriteThrough: Sync {
    fn write_through(&self, text: &mut UnitText<'_>);
}

impl<W: Write + Send, D: FnMut(FileReport) + Send> Ordered<W, D> {
    pub(super) fn new(out: W, separator: &[u8], deliver: D) -> Self {
        Ordered {
            state: Mutex::new(State {
                next: 0,
                done: BTreeMap::new(),
                out,
                deliver,
                wrote_any: false,
                error: None,
            }),
            advanced: Condvar::new(),
            separator: separator.to_vec(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<W, D>> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Blocks until fewer than `window` units before `position` wait to be
    /// written.
    pub(super) fn wait_for_room(&self, position: usize, window: usize) {
        let mut state = self.lock();
        while position >= state.next + window {
            state = self
                .advanced
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    /// An empty text for the unit at `position`.
    pub(super) fn text_of(&self, position: usize) -> UnitText<'_> {
        UnitText {
            position,
            bytes: Vec::new(),
            started: false,
            try_at: WRITE_THROUGH,
            through: Some(self),
        }
    }

    /// Records a finished unit, and writes every unit whose turn has come.
    pub(super) fn finish(
        &self,
        position: usize,
        mut text: UnitText<'_>,
        reports: Vec<FileReport>,
        rendered: std::io::Result<()>,
    ) {
        let mut state = self.lock();
        if let Err(error) = rendered {
            state.error.get_or_insert(error);
        }
        let started = text.started;
        state.done.insert(
            position,
            (std::mem::take(&mut text.bytes), started, reports),
        );
        while let Some((mut bytes, mut started, reports)) = {
            let next = state.next;
            state.done.remove(&next)
        } {
            self.write(&mut state, &mut bytes, &mut started);
            for report in reports {
                (state.deliver)(report);
            }
            state.next += 1;
        }
        drop(state);
        self.advanced.notify_all();
    }

    /// Writes `bytes` (after the separator, for a unit's first bytes) and
    /// empties them.
    fn write(&self, state: &mut State<W, D>, bytes: &mut Vec<u8>, started: &mut bool) {
        if bytes.is_empty() {
            return;
        }
        if state.error.is_none() {
            let mut result = Ok(());
            if !*started && state.wrote_any {
                result = state.out.write_all(&self.separator);
            }
            if result.is_ok() {
                result = state.out.write_all(bytes);
            }
            if let Err(error) = result {
                state.error = Some(error);
            }
        }
        state.wrote_any = true;
        *started = true;
        bytes.clear();
    }

    /// The output, flushed, or the first error met.
    pub(super) fn into_inner(self) -> std::io::Result<W> {
        let state = self
            .state
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(error) = state.error {
            return Err(error);
        }
        let mut out = state.out;
        out.flush()?;
        Ok(out)
    }
}

impl<W: Write + Send, D: FnMut(FileReport) + Send> WriteThrough for Ordered<W, D> {
    fn write_through(&self, text: &mut UnitText<'_>) {
        let mut state = self.lock();
        if state.next == text.position {
            self.write(&mut state, &mut text.bytes, &mut text.started);
        }
    }
}

impl Write for UnitText<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.bytes.extend_from_slice(bytes);
        if self.bytes.len() >= self.try_at
            && let Some(through) = self.through
        {
            through.write_through(self);
            self.try_at = self.bytes.len() + WRITE_THROUGH;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn texts_are_written_in_order_whenever_units_finish() {
        let delivered = std::sync::Mutex::new(Vec::new());
        let ordered = Ordered::new(Vec::new(), b"|", |_: FileReport| {
            delivered.lock().unwrap().push(());
        });
        let big = |c: u8| vec![c; WRITE_THROUGH * 2 + 3];
        // Unit 2 finishes first, then 0 (whose text goes through as it grows), then 1.
        let mut two = ordered.text_of(2);
        two.write_all(&big(b'c')).unwrap();
        ordered.finish(2, two, Vec::new(), Ok(()));
        let mut zero = ordered.text_of(0);
        for _ in 0..4 {
            zero.write_all(&big(b'a')[..WRITE_THROUGH]).unwrap();
        }
        ordered.finish(0, zero, Vec::new(), Ok(()));
        let empty = ordered.text_of(1);
        ordered.finish(1, empty, Vec::new(), Ok(()));
        let out = ordered.into_inner().unwrap();
        let mut expected = vec![b'a'; WRITE_THROUGH * 4];
        expected.push(b'|');
        expected.extend(big(b'c'));
        assert_eq!(out.len(), expected.len());
        assert!(out == expected);
    }
}
