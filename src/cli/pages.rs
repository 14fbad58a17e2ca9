//! `gloss pages`: placeholder replaced below.
