#[cfg(test)]
mod tests {
    #[test] fn passes() {}
    #[test] fn fails() { assert_eq!(1, 2); }
    #[test] #[ignore] fn ignored() {}
    #[test] #[should_panic] fn panics_as_expected() { panic!("yes") }
    #[test] #[should_panic] fn should_panic_but_does_not() {}
    #[test] fn returns_err() -> Result<(), String> { Err("bad".into()) }
}
