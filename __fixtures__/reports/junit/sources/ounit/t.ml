open OUnit2
let suite = "outcomes" >::: [
  "passes" >:: (fun _ -> assert_equal 2 (1 + 1));
  "fails" >:: (fun _ -> assert_equal ~printer:string_of_int 1 2);
  "raises" >:: (fun _ -> failwith "boom");
  "skips" >:: (fun _ -> skip_if true "not today");
  "todo" >:: (fun _ -> todo "later");
  "nested" >::: [ "inner ok" >:: (fun _ -> ()); "inner bad" >:: (fun _ -> assert_bool "inner failure" false) ];
]
let () = run_test_tt_main suite
